package nl.brug.content.assessment;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes a submitted response in tests as pairs of item key and answer (a step number or an
 * Answer).
 */
final class Responses {

  private Responses() {}

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
}
