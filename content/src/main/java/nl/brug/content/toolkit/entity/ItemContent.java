package nl.brug.content.toolkit.entity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an author writes: the content and metadata of one revision of a toolkit item. Immutable; the
 * entity copies it into its columns.
 */
public record ItemContent(
    String title,
    String summary,
    String body,
    Set<LifeDomain> lifeDomains,
    List<String> themes,
    List<String> targetGroups,
    EvidenceLevel evidenceLevel,
    List<String> sources,
    LocalDate reviewBy,
    InterviewGuide guide,
    Map<Language, ItemTranslation> translations) {

  public static final int MAX_TITLE_LENGTH = 150;
  public static final int MAX_SUMMARY_LENGTH = 500;
  public static final int MAX_BODY_LENGTH = 100_000;

  public ItemContent {
    Objects.requireNonNull(title, "title");
    summary = summary == null ? "" : summary;
    body = body == null ? "" : body;
    lifeDomains = lifeDomains == null ? Set.of() : Set.copyOf(lifeDomains);
    themes = themes == null ? List.of() : List.copyOf(themes);
    targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    sources = sources == null ? List.of() : List.copyOf(sources);
    guide = guide == null ? InterviewGuide.NONE : guide;
    translations = translations == null ? Map.of() : Map.copyOf(translations);
    if (translations.containsKey(Language.NL)) {
      throw new IllegalArgumentException("Dutch is the item itself, not a translation");
    }
  }

  /** The languages the content can be read in: Dutch, the item's translations, complete guides. */
  public Set<Language> languages() {
    Set<Language> languages = EnumSet.of(Language.NL);
    languages.addAll(translations.keySet());
    if (!guide.isEmpty()) {
      languages.addAll(guide.completeLanguages());
    }
    return languages;
  }

  /** Content without an interview-guide structure. */
  public ItemContent(
      String title,
      String summary,
      String body,
      Set<LifeDomain> lifeDomains,
      List<String> themes,
      List<String> targetGroups,
      EvidenceLevel evidenceLevel,
      List<String> sources,
      LocalDate reviewBy) {
    this(
        title,
        summary,
        body,
        lifeDomains,
        themes,
        targetGroups,
        evidenceLevel,
        sources,
        reviewBy,
        InterviewGuide.NONE,
        Map.of());
  }
}
