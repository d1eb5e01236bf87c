package nl.brug.ui.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.assessment.Answer;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.assessment.TemplateDocument;

/** What the self-assessment tests do and read, in the words of the page. */
final class AssessmentSteps {

  static final String ZWOLLE = "GM0193";
  static final String ZWOLLE_ZUID = "zwolle-zuid";

  /** The harness's today is 1 March 2027; rounds close three weeks later by default. */
  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  /** A professional of the other Zwolle team (the demo accounts have none). */
  static final Caller BRAM = professional("bram", "Bram de Wit", "zwolle-holtenbroek");

  /** The checklist Brug ships, as the real templates read it. */
  static final TemplateDocument SHIPPED = shipped();

  private AssessmentSteps() {}

  private static TemplateDocument shipped() {
    try (java.io.InputStream in =
        ChecklistTemplates.class.getResourceAsStream(ChecklistTemplates.SHIPPED_TEMPLATE)) {
      return TemplateDocument.read(
          new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Caller professional(String username, String name, String team) {
    return new Caller(username, name, EnumSet.of(Role.PROFESSIONAL), ZWOLLE, team);
  }

  static void open(String address) {
    UI.getCurrent().navigate(address);
  }

  static void openAnswers(UUID round) {
    open("zelfevaluatie/ronde/" + round + "/invullen");
  }

  static void openRound(UUID round) {
    open("zelfevaluatie/ronde/" + round);
  }

  static void click(String id) {
    ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
  }

  /** The visible text of a component and everything in it. */
  static String text(String id) {
    return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
  }

  @SuppressWarnings("unchecked")
  static RadioButtonGroup<Answer> statement(String key) {
    return _get(RadioButtonGroup.class, spec -> spec.withId("answer-" + key));
  }

  /** Chooses an answer as the member would, with mouse or keyboard. */
  static void choose(String key, Answer answer) {
    HasValueUtilsKt._setValue(statement(key), answer);
  }

  @SuppressWarnings("unchecked")
  static <T> Grid<T> grid(String id) {
    return _get(Grid.class, spec -> spec.withId(id));
  }

  /** An answer to every statement: the highest step of its scale, or the lowest. */
  static Map<String, Answer> everything(boolean highest) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (TemplateDocument.Dimension dimension : SHIPPED.dimensions()) {
      for (TemplateDocument.Item item : dimension.items()) {
        answers.put(item.key(), Answer.step(highest ? item.scale().max() : item.scale().min()));
      }
    }
    return answers;
  }
}
