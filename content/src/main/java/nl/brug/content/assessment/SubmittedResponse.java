package nl.brug.content.assessment;

import java.util.Map;

/**
 * The answers of one submitted checklist, by item key. It carries no member, name or time on
 * purpose: scoring must not be able to tell who answered what. Items left open are simply absent.
 */
public record SubmittedResponse(Map<String, Answer> answers) {

  public SubmittedResponse {
    answers = Map.copyOf(answers);
  }
}
