package nl.brug.ui.shell;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.signin.PortalSignIn;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.search.toolkit.ToolkitSearchService;

/**
 * The frame of every portal page: the menu of the sections the caller may open, who is signed in
 * (name, role, municipality), the municipality switch for someone who works for several, and the
 * sign-out button.
 */
@PermitAll
@CdiComponent
public class MainLayout extends AppLayout {

  private static final long serialVersionUID = 1L;

  private final transient OrganisationService organisation;
  private final transient PortalSignIn signIn;

  @Inject
  public MainLayout(
      OrganisationService organisation, PortalSignIn signIn, ToolkitSearchService search) {
    this.organisation = organisation;
    this.signIn = signIn;
    Caller caller = SignedInUser.require();
    setPrimarySection(Section.DRAWER);
    addToNavbar(
        configureToggle(),
        configureTitle(),
        new SearchBox(search, caller),
        configureUser(caller),
        configureSignOut());
    addToDrawer(configureMenu());
  }

  private DrawerToggle configureToggle() {
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("header.menu"));
    return toggle;
  }

  /** The product name; each page has its own h1, so this is not a heading. */
  private Span configureTitle() {
    Span title = new Span(getTranslation("app.name"));
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
    return title;
  }

  private HorizontalLayout configureUser(Caller caller) {
    String roles =
        caller.roleIds().stream()
            .map(id -> getTranslation("role." + id))
            .collect(Collectors.joining(", "));
    String municipality =
        caller
            .municipality()
            .flatMap(organisation::findMunicipality)
            .map(Municipality::getName)
            .orElse(getTranslation("header.noMunicipality"));
    Div user = new Div();
    user.addClassName("brug-user");
    Span name = new Span(caller.displayName());
    name.setId("signed-in-name");
    Span detail = new Span(roles + " · " + municipality);
    detail.setId("signed-in-detail");
    user.add(name, detail);
    user.getElement()
        .setAttribute("aria-label", getTranslation("header.signedInAs", caller.displayName()));
    HorizontalLayout wrapper = new HorizontalLayout(user);
    if (caller.worksForSeveralMunicipalities()) {
      wrapper.addComponentAtIndex(0, configureMunicipalitySwitch(caller));
    }
    wrapper.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    wrapper.getStyle().set("margin-left", "auto");
    return wrapper;
  }

  /**
   * For someone who works for several municipalities (a regional expert): which one they work for
   * now. Everything they see follows it; the page reloads so every view reads it afresh.
   */
  private Select<String> configureMunicipalitySwitch(Caller caller) {
    Select<String> choice = new Select<>();
    choice.setId("municipality-switch");
    choice.setAriaLabel(getTranslation("header.municipality"));
    Map<String, String> names = new HashMap<>();
    caller
        .municipalityCodes()
        .forEach(
            code ->
                names.put(
                    code,
                    organisation.findMunicipality(code).map(Municipality::getName).orElse(code)));
    choice.setItems(
        caller.municipalityCodes().stream().sorted(Comparator.comparing(names::get)).toList());
    choice.setItemLabelGenerator(names::get);
    choice.setValue(caller.municipalityCode());
    choice.addValueChangeListener(
        change -> {
          if (change.getValue() != null && !change.getValue().equals(change.getOldValue())) {
            signIn.switchMunicipality(
                VaadinServletRequest.getCurrent().getHttpServletRequest(), change.getValue());
            UI.getCurrent().getPage().reload();
          }
        });
    return choice;
  }

  private Button configureSignOut() {
    Button signOut = new Button(getTranslation("header.signOut"), VaadinIcon.SIGN_OUT.create());
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    signOut.getStyle().set("margin", "0 var(--lumo-space-m)");
    signOut.addClickListener(click -> signOut());
    return signOut;
  }

  private SideNav configureMenu() {
    SideNav menu = new SideNav();
    menu.setLabel(getTranslation("nav.label"));
    for (PortalSection section : SectionAccess.visibleSections()) {
      menu.addItem(
          new SideNavItem(
              getTranslation(section.labelKey()), section.view(), section.icon().create()));
    }
    return menu;
  }

  /**
   * Ends the session and sends the browser on: after a sign-in through the identity provider to its
   * logout (which ends the single sign-on too and comes back to the signed-out page).
   */
  private void signOut() {
    UI ui = UI.getCurrent();
    String next = signIn.signOut(VaadinServletRequest.getCurrent().getHttpServletRequest());
    ui.getPage().setLocation(next);
  }
}
