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

  public static final int MAX_SECTIONS = 50;

  /** The most questions in one guide, over all its sections. */
  public static final int MAX_QUESTIONS = 200;

  /** The most follow-up prompts of one question. */
  public static final int MAX_PROMPTS = 20;

  public static final int MAX_SECTION_TITLE_LENGTH = 200;

  /** The longest question, in Dutch or translated. */
  public static final int MAX_QUESTION_LENGTH = 1_000;

  public static final int MAX_PURPOSE_LENGTH = 2_000;
  public static final int MAX_PROMPT_LENGTH = 500;

  public static final InterviewGuide NONE = new InterviewGuide(List.of());

  public InterviewGuide {
    sections =
        ContentLimits.elements(sections, "guide.sections", "secties", MAX_SECTIONS, "Een sectie");
    if (sections.stream().mapToInt(s -> s.questions().size()).sum() > MAX_QUESTIONS) {
      throw new InvalidContentException(
          "guide.sections.questions",
          "Een gespreksleidraad heeft hoogstens " + MAX_QUESTIONS + " vragen. Verdeel hem.");
    }
  }

  /** A part of the conversation, e.g. "Achtergrond en familie". */
  public record Section(String title, List<Question> questions) {
    public Section {
      ContentLimits.text(
          title, "guide.sections.title", "De titel van een sectie", MAX_SECTION_TITLE_LENGTH);
      questions =
          ContentLimits.elements(
              questions, "guide.sections.questions", "vragen", MAX_QUESTIONS, "Een vraag");
    }
  }

  /** A question to the client (Dutch), why it is asked, follow-ups, and translations. */
  public record Question(
      String text, String purpose, List<String> prompts, Map<Language, Translation> translations) {
    public Question {
      ContentLimits.text(text, "guide.questions.text", "Een vraag", MAX_QUESTION_LENGTH);
      ContentLimits.maxLength(
          purpose, "guide.questions.purpose", "Het doel van een vraag", MAX_PURPOSE_LENGTH);
      prompts =
          ContentLimits.labels(
              prompts, "guide.questions.prompts", "vervolgvragen", MAX_PROMPTS, MAX_PROMPT_LENGTH);
      if (ContentLimits.holdsNull(translations)) {
        throw new InvalidContentException(
            "guide.questions.translations", "Een vertaling van een vraag mag niet leeg zijn.");
      }
      translations = translations == null ? Map.of() : Map.copyOf(translations);
    }
  }

  /** A question in another language, with how far it can be trusted. */
  public record Translation(String text, TranslationStatus status) {
    public Translation {
      ContentLimits.text(
          text, "guide.questions.translations.text", "Een vertaalde vraag", MAX_QUESTION_LENGTH);
      status = status == null ? TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW : status;
    }
  }

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
