package nl.brug.ui.assessment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.brug.content.assessment.RoundSummary;

/**
 * The portal's notification of the self-assessment: the open rounds of the member's team they have
 * not handed in yet, each with its closing date and a link to fill it in. On the start page and the
 * team page.
 */
public final class CallToAnswer extends Div {

  private static final long serialVersionUID = 1L;

  public CallToAnswer(List<RoundSummary> awaiting) {
    setId("call-to-action");
    addClassName("brug-callout");
    getElement().setAttribute("role", "region");
    H3 heading = new H3(getTranslation("assessment.fillIn"));
    heading.setId("call-to-action-heading");
    getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    add(heading);
    for (RoundSummary round : awaiting) {
      RouterLink fillIn =
          new RouterLink(
              getTranslation("assessment.fillIn"), AnswerView.class, RoundView.of(round.id()));
      fillIn.setId("fill-in-" + round.id());
      fillIn.addClassName("brug-button-link");
      add(
          new Paragraph(
              getTranslation(
                  "assessment.awaiting", round.period(), DutchDates.date(round.closesOn()))),
          fillIn);
    }
  }
}
