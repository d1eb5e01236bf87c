package nl.brug.content.toolkit.entity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  /** The longest theme or target group (their columns). */
  public static final int MAX_LABEL_LENGTH = 80;

  /** The longest source (its column). */
  public static final int MAX_SOURCE_LENGTH = 500;

  public static final int MAX_THEMES = 30;
  public static final int MAX_TARGET_GROUPS = 30;
  public static final int MAX_SOURCES = 50;

  public ItemContent {
    ContentLimits.text(title, "title", "De titel", MAX_TITLE_LENGTH);
    summary = summary == null ? "" : summary;
    ContentLimits.maxLength(summary, "summary", "De samenvatting", MAX_SUMMARY_LENGTH);
    body = body == null ? "" : body;
    ContentLimits.maxLength(body, "body", "De tekst", MAX_BODY_LENGTH);
    if (ContentLimits.holdsNull(lifeDomains)) {
      throw new InvalidContentException("lifeDomains", "Een levensdomein mag niet leeg zijn.");
    }
    lifeDomains = lifeDomains == null ? Set.of() : Set.copyOf(lifeDomains);
    // Each value once: a theme twice says nothing more, and EclipseLink's ordered element
    // collections delete every copy of a value when one copy leaves the list.
    themes = once(ContentLimits.labels(themes, "themes", "thema's", MAX_THEMES, MAX_LABEL_LENGTH));
    targetGroups =
        once(
            ContentLimits.labels(
                targetGroups, "targetGroups", "doelgroepen", MAX_TARGET_GROUPS, MAX_LABEL_LENGTH));
    sources =
        once(ContentLimits.labels(sources, "sources", "bronnen", MAX_SOURCES, MAX_SOURCE_LENGTH));
    guide = guide == null ? InterviewGuide.NONE : guide;
    if (ContentLimits.holdsNull(translations)) {
      throw new InvalidContentException("translations", "Een vertaling mag niet leeg zijn.");
    }
    translations = translations == null ? Map.of() : Map.copyOf(translations);
    if (translations.containsKey(Language.NL)) {
      throw new IllegalArgumentException("Dutch is the item itself, not a translation");
    }
  }

  private static List<String> once(List<String> values) {
    return List.copyOf(new LinkedHashSet<>(values));
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
