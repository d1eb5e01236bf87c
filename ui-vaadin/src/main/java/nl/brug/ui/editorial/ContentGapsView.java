package nl.brug.ui.editorial;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.gap.ContentGapLog;
import nl.brug.content.gap.ContentGapReport;
import nl.brug.content.gap.ContentGapReport.Topic;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.ui.search.SearchView;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * What professionals searched for and did not find, per month: the expert group's list of missing
 * topics, from the municipalities the expert works for (all of a regional expert's, added up). Each
 * query opens the search, so an expert sees what a professional saw.
 */
@Route(value = "redactie/zoekvragen", layout = MainLayout.class)
@PageTitle("Wat niet gevonden wordt | Brug")
@RolesAllowed(Role.Names.EXPERT)
@CdiComponent
public class ContentGapsView extends Div {

  private static final long serialVersionUID = 1L;
  private static final int TOP = 25;

  private final transient ContentGapLog gaps;
  private final Caller caller;
  private final Select<YearMonth> month = new Select<>();
  private final Select<String> municipality = new Select<>();
  private final Grid<Topic> withoutResults = topics("gaps-without-results", "gaps.times");
  private final Grid<Topic> unopened = topics("gaps-unopened", "gaps.unopenedTimes");

  @Inject
  public ContentGapsView(ContentGapLog gaps, OrganisationService organisation) {
    this.gaps = gaps;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
    List<YearMonth> months = configureMonth();
    HorizontalLayout choices = new HorizontalLayout(month);
    if (caller.worksForSeveralMunicipalities()) {
      choices.add(configureMunicipality(organisation));
    }
    add(
        new H2(getTranslation("gaps.title")),
        intro(),
        choices,
        new H3(getTranslation("gaps.withoutResults")),
        withoutResults,
        new H3(getTranslation("gaps.unopened")),
        new Paragraph(getTranslation("gaps.unopenedHelp")),
        unopened);
    month.setValue(months.get(0));
  }

  private List<YearMonth> configureMonth() {
    month.setId("gaps-month");
    month.setLabel(getTranslation("gaps.month"));
    List<YearMonth> months = new ArrayList<>(gaps.months(caller));
    if (!months.contains(gaps.thisMonth())) {
      months.add(0, gaps.thisMonth());
    }
    month.setItems(months);
    DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
    month.setItemLabelGenerator(monthName::format);
    month.addValueChangeListener(change -> show());
    return months;
  }

  /** A regional expert sees all her municipalities added up, or picks one of them. */
  private Select<String> configureMunicipality(OrganisationService organisation) {
    municipality.setId("gaps-municipality");
    municipality.setLabel(getTranslation("gaps.municipality"));
    municipality.setEmptySelectionAllowed(true);
    municipality.setEmptySelectionCaption(getTranslation("gaps.allMunicipalities"));
    Map<String, String> names = new TreeMap<>();
    AccessPolicy.contentGapMunicipalities(caller)
        .forEach(
            code ->
                names.put(
                    code,
                    organisation.findMunicipality(code).map(Municipality::getName).orElse(code)));
    municipality.setItems(
        names.keySet().stream().sorted(Comparator.comparing(names::get)).toList());
    municipality.setItemLabelGenerator(
        code -> code == null ? getTranslation("gaps.allMunicipalities") : names.get(code));
    municipality.addValueChangeListener(change -> show());
    return municipality;
  }

  private Paragraph intro() {
    Paragraph intro =
        new Paragraph(
            getTranslation(
                caller.worksForSeveralMunicipalities() ? "gaps.introSeveral" : "gaps.intro",
                gaps.retentionMonths()));
    intro.setId("gaps-intro");
    return intro;
  }

  private Grid<Topic> topics(String id, String countKey) {
    Grid<Topic> grid = new Grid<>();
    grid.setId(id);
    grid.addComponentColumn(ContentGapsView::searchFor)
        .setHeader(getTranslation("gaps.query"))
        .setFlexGrow(3);
    grid.addColumn(Topic::times).setHeader(getTranslation(countKey));
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setEmptyStateText(getTranslation("gaps.none"));
    return grid;
  }

  private static RouterLink searchFor(Topic topic) {
    RouterLink link = new RouterLink(topic.query(), SearchView.class);
    link.setQueryParameters(QueryParameters.simple(Map.of("q", topic.query())));
    return link;
  }

  private void show() {
    if (month.getValue() == null) {
      return;
    }
    ContentGapReport report = gaps.report(caller, month.getValue(), municipality.getValue(), TOP);
    withoutResults.setItems(report.withoutResults());
    unopened.setItems(report.unopened());
  }
}
