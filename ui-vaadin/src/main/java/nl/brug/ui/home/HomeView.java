package nl.brug.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.PortalSection;
import nl.brug.ui.shell.SectionAccess;
import nl.brug.ui.shell.SignedInUser;

/** The start page: a welcome and a card for each section the caller may open. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Start | Brug")
@PermitAll
public class HomeView extends Div {

  private static final long serialVersionUID = 1L;

  public HomeView() {
    addClassName("brug-content");
    add(
        new H2(getTranslation("home.title", SignedInUser.require().displayName())),
        new Paragraph(getTranslation("home.intro")),
        new H3(getTranslation("home.sections")),
        configureCards());
  }

  private Div configureCards() {
    Div cards = new Div();
    cards.addClassName("brug-cards");
    for (PortalSection section : SectionAccess.visibleSections()) {
      if (section == PortalSection.HOME) {
        continue;
      }
      String key = section.name().toLowerCase(java.util.Locale.ROOT);
      Div card = new Div();
      card.addClassName("brug-card");
      RouterLink link = new RouterLink(getTranslation(section.labelKey()), section.view());
      H3 heading = new H3(link);
      card.add(heading, new Paragraph(getTranslation("section." + key + ".text")));
      cards.add(card);
    }
    return cards;
  }
}
