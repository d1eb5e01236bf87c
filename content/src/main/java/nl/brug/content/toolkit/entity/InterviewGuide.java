package nl.brug.content.toolkit.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The structure of an interview guide: ordered sections of questions, each question with its
 * purpose, follow-up prompts and translations. Part of a revision, so it is versioned with it.
 */
public record InterviewGuide(List<Section> sections) {

  public static final InterviewGuide NONE = new InterviewGuide(List.of());

  public InterviewGuide {
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  /** A part of the conversation, e.g. "Achtergrond en familie". */
  public record Section(String title, List<Question> questions) {
    public Section {
      questions = questions == null ? List.of() : List.copyOf(questions);
    }
  }

  /** A question to the client (Dutch), why it is asked, follow-ups, and translations. */
  public record Question(
      String text, String purpose, List<String> prompts, Map<Language, Translation> translations) {
    public Question {
      prompts = prompts == null ? List.of() : List.copyOf(prompts);
      translations = translations == null ? Map.of() : Map.copyOf(translations);
    }
  }

  /** A question in another language, with how far it can be trusted. */
  public record Translation(String text, TranslationStatus status) {}

  public boolean isEmpty() {
    return sections.isEmpty();
  }

  /** Every language that every question has a translation in. */
  public Set<Language> completeLanguages() {
    Set<Language> languages = EnumSet.allOf(Language.class);
    languages.remove(Language.NL);
    sections.stream()
        .flatMap(s -> s.questions().stream())
        .forEach(q -> languages.retainAll(q.translations().keySet()));
    return isEmpty() ? Set.of() : languages;
  }

  /**
   * The guide's Dutch text as one block: section titles, questions, purposes and prompts, one a
   * line. What search indexes and what baselines compare against.
   */
  public String dutchText() {
    return sections.stream()
        .flatMap(
            s ->
                Stream.concat(
                    Stream.of(s.title()),
                    s.questions().stream()
                        .flatMap(
                            q ->
                                Stream.concat(
                                    Stream.of(q.text(), q.purpose()), q.prompts().stream()))))
        .filter(t -> t != null && !t.isBlank())
        .collect(Collectors.joining("\n"));
  }
}
