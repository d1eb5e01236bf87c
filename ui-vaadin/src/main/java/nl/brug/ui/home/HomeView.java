package nl.brug.ui.home;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import nl.brug.auth.caller.Caller;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.ui.assessment.CallToAnswer;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.PortalSection;
import nl.brug.ui.shell.SectionAccess;
import nl.brug.ui.shell.SignedInUser;

/**
 * The start page: a welcome, the call to fill in an open self-assessment round of the caller's
 * team, and a card for each section the caller may open.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Start | Brug")
@PermitAll
@CdiComponent
public class HomeView extends Div {

  private static final long serialVersionUID = 1L;

  @Inject
  public HomeView(AssessmentService assessment) {
    Caller caller = SignedInUser.require();
    addClassName("brug-content");
    add(
        new H2(getTranslation("home.title", caller.displayName())),
        new Paragraph(getTranslation("home.intro")));
    List<RoundSummary> awaiting = assessment.roundsAwaiting(caller);
    if (!awaiting.isEmpty()) {
      add(new CallToAnswer(awaiting));
    }
    add(new H3(getTranslation("home.sections")), configureCards());
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
