package nl.brug.ui.admin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Member;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.content.organisation.entity.Team;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * Administration of a municipality: its teams and the staff who signed in. A coordinator sees their
 * own municipality; an admin picks any.
 */
@Route(value = "beheer", layout = MainLayout.class)
@PageTitle("Beheer | Brug")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@CdiComponent
public class AdminView extends Div {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
          .withZone(ZoneId.of("Europe/Amsterdam"));

  private final transient OrganisationService organisation;
  private final Caller caller;
  private final Grid<Team> teams = new Grid<>(Team.class, false);
  private final Grid<Member> members = new Grid<>(Member.class, false);

  @Inject
  public AdminView(OrganisationService organisation) {
    this.organisation = organisation;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
    configureTeams();
    configureMembers();
    add(new H2(getTranslation("section.admin.title")));
    if (AccessPolicy.mayRebuildSearchIndex(caller)) {
      RouterLink index = new RouterLink(getTranslation("admin.searchIndex"), SearchIndexView.class);
      index.setId("link-search-index");
      add(new Paragraph(index));
    }
    add(
        configureMunicipalityChoice(),
        new H3(getTranslation("admin.teams")),
        teams,
        new H3(getTranslation("admin.members")),
        members);
  }

  private ComboBox<Municipality> configureMunicipalityChoice() {
    List<Municipality> visible = organisation.visibleTo(caller);
    ComboBox<Municipality> choice = new ComboBox<>(getTranslation("admin.municipality"), visible);
    choice.setId("municipality");
    choice.setItemLabelGenerator(Municipality::getName);
    choice.setAllowCustomValue(false);
    choice.addValueChangeListener(change -> show(change.getValue()));
    visible.stream()
        .filter(m -> m.getCode().equals(caller.municipalityCode()))
        .findFirst()
        .or(() -> visible.stream().findFirst())
        .ifPresent(choice::setValue);
    return choice;
  }

  private void configureTeams() {
    teams.setId("teams");
    teams.addColumn(Team::getName).setHeader(getTranslation("admin.team.name")).setFlexGrow(2);
    teams.addColumn(Team::getCode).setHeader(getTranslation("admin.team.code"));
    teams.setAllRowsVisible(true);
    teams.addThemeVariants(GridVariant.LUMO_COMPACT);
    teams.setEmptyStateText(getTranslation("admin.none"));
  }

  private void configureMembers() {
    members.setId("members");
    members
        .addColumn(Member::getDisplayName)
        .setHeader(getTranslation("admin.member.name"))
        .setFlexGrow(2);
    members
        .addColumn(
            m ->
                m.getRoles().stream()
                    .map(role -> getTranslation("role." + role.id()))
                    .collect(Collectors.joining(", ")))
        .setHeader(getTranslation("admin.member.roles"));
    members
        .addColumn(m -> m.getTeamCode() == null ? "" : m.getTeamCode())
        .setHeader(getTranslation("admin.member.team"));
    members
        .addColumn(m -> WHEN.withLocale(getLocale()).format(m.getLastSignIn()))
        .setHeader(getTranslation("admin.member.lastSignIn"));
    members.setAllRowsVisible(true);
    members.addThemeVariants(GridVariant.LUMO_COMPACT);
    members.setEmptyStateText(getTranslation("admin.none"));
  }

  private void show(Municipality municipality) {
    if (municipality == null) {
      teams.setItems(List.of());
      members.setItems(List.of());
      return;
    }
    teams.setItems(organisation.teamsOf(caller, municipality.getCode()));
    members.setItems(organisation.membersOf(caller, municipality.getCode()));
  }
}
