package nl.brug.content.toolkit.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds a revision's content from its stored columns, for readers that load many revisions at
 * once with plain SQL (the search index rebuild) instead of entity by entity.
 */
public final class StoredContent {

  private StoredContent() {}

  /** The content of a revision as stored in {@code item_revision} and its collection tables. */
  public static ItemContent read(
      String title,
      String summary,
      String body,
      Set<LifeDomain> lifeDomains,
      List<String> themes,
      List<String> targetGroups,
      EvidenceLevel evidenceLevel,
      List<String> sources,
      LocalDate reviewBy,
      String guideJson,
      String translationsJson) {
    return new ItemContent(
        title,
        summary,
        body,
        lifeDomains,
        themes,
        targetGroups,
        evidenceLevel,
        sources,
        reviewBy,
        GuideJson.read(guideJson),
        GuideJson.readTranslations(translationsJson));
  }
}
