package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.Answer.DONT_KNOW;
import static nl.brug.content.assessment.Answer.NOT_APPLICABLE;
import static nl.brug.content.assessment.AnswerScale.AGREEMENT_5;
import static nl.brug.content.assessment.AnswerScale.DEVELOPMENT_4;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.content.assessment.Answer;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.Checklist;
import nl.brug.content.assessment.ChecklistDimension;
import nl.brug.content.assessment.ChecklistItem;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.SubmittedResponse;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A small checklist and its results for the report tests.
 *
 * <p>Three dimensions: composition (S1, S2 on the agreement scale), reach (T1 on the development
 * scale) and working methods (W1, development scale). The standard round has three responses:
 *
 * <ul>
 *   <li>S1: 5, 4, 2 → 100, 75, 25; S2: 3 → 50, plus one n.v.t. and one weet niet. Composition: mean
 *       62.5 over 4 counted answers.
 *   <li>T1: 4, 2, 3 → 100, 33.3, 66.7 (development: 1=0, 2=33.3, 3=66.7, 4=100) → mean 66.7.
 *   <li>W1: n.v.t., weet niet, open → no counted answer, so no mean.
 * </ul>
 *
 * Overall: the mean of 62.5 and 66.7 = 64.6.
 */
final class Fixtures {

  static final ChecklistDimension COMPOSITION =
      new ChecklistDimension("samenstelling", "Samenstelling van het team", 1);
  static final ChecklistDimension REACH =
      new ChecklistDimension("toegankelijkheid", "Toegankelijkheid en bereik", 2);
  static final ChecklistDimension METHODS = new ChecklistDimension("werkwijze", "Werkwijze", 3);

  private Fixtures() {}

  static Checklist checklist() {
    return new Checklist(
        List.of(COMPOSITION, REACH, METHODS),
        List.of(
            new ChecklistItem("S1", "samenstelling", "Ons team weerspiegelt de wijk.", AGREEMENT_5),
            new ChecklistItem(
                "S2", "samenstelling", "Wij spreken de talen van de wijk.", AGREEMENT_5),
            new ChecklistItem("T1", "toegankelijkheid", "Wij werken met tolken.", DEVELOPMENT_4),
            new ChecklistItem("W1", "werkwijze", "Wij vragen naar het netwerk.", DEVELOPMENT_4)));
  }

  static RoundResults results() {
    return results(checklist());
  }

  static RoundResults results(Checklist checklist) {
    return RoundResults.of(
        checklist,
        List.of(
            response("S1", 5, "S2", 3, "T1", 4, "W1", NOT_APPLICABLE),
            response("S1", 4, "S2", NOT_APPLICABLE, "T1", 2, "W1", DONT_KNOW),
            response("S1", 2, "S2", DONT_KNOW, "T1", 3)));
  }

  /** Two responses: too few, so the results are hidden. */
  static RoundResults hiddenResults() {
    return RoundResults.of(
        checklist(), List.of(response("S1", 5, "T1", 4), response("S1", 1, "T1", 1)));
  }

  /** Three members all answering S1, S2 and T1 with these steps (W1 left open). */
  static RoundResults uniform(int agreement, int development) {
    return RoundResults.of(
        checklist(),
        Collections.nCopies(
            3, response("S1", agreement, "S2", agreement, "T1", development, "W1", DONT_KNOW)));
  }

  /**
   * The standard results compared with other teams whose members all chose step 3 on the agreement
   * items (50) and step 2 on T1 (33.3).
   */
  static Benchmark benchmark(int otherTeams) {
    Map<String, RoundResults> teams = new LinkedHashMap<>();
    teams.put("eigen", results());
    for (int i = 0; i < otherTeams; i++) {
      teams.put("team-" + i, uniform(3, 2));
    }
    return Benchmark.of(Set.of("eigen"), teams);
  }

  static SubmittedResponse response(Object... keysAndAnswers) {
    Map<String, Answer> answers = new HashMap<>();
    for (int i = 0; i < keysAndAnswers.length; i += 2) {
      Object answer = keysAndAnswers[i + 1];
      answers.put(
          (String) keysAndAnswers[i],
          answer instanceof Answer given ? given : Answer.step((Integer) answer));
    }
    return new SubmittedResponse(answers);
  }

  static RoundSummary round(String period) {
    return new RoundSummary(
        UUID.nameUUIDFromBytes(period.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "0363",
        "zuid",
        "brug-diversiteitsscan",
        2,
        "Diversiteitsscan sociale wijkteams",
        period,
        LocalDate.of(2026, 4, 30),
        false,
        3);
  }

  static ActionPoint actionPoint(
      String description, String owner, LocalDate due, ActionStatus status, boolean overdue) {
    return new ActionPoint(
        UUID.nameUUIDFromBytes(description.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "0363",
        "zuid",
        Optional.empty(),
        "samenstelling",
        Optional.of("S1"),
        description,
        owner.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'),
        owner,
        due,
        status,
        List.of(),
        overdue,
        1);
  }

  /** Parses markup with the JDK's parser; fails on anything that is not well-formed XML. */
  static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
