package nl.brug.benchmark.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;

/**
 * Writes the synthetic corpus into Brug's real schema (after content's Flyway migrations) as the
 * application stores published items: a {@code toolkit_item} row with status {@code PUBLISHED}, one
 * published {@code item_revision} (version 1) with its collection tables, the interview guide as
 * JSON and Dutch as its language. Uses {@code COPY} in chunks; items are generated on all cores.
 */
public final class CorpusLoader {

  private static final int CHUNK = 5_000;
  private static final String EDITOR = "benchmark";

  private CorpusLoader() {}

  /**
   * Loads items {@code 0 … size-1}, reporting how many are in; {@code reader} is the municipality
   * of the reader the benchmark searches for (to count what they may see).
   */
  public static CorpusStats load(
      DataSource dataSource,
      CorpusGenerator generator,
      int size,
      String reader,
      IntConsumer progress)
      throws SQLException {
    long municipal = 0;
    long visible = 0;
    long guides = 0;
    long bodyWords = 0;
    try (Connection connection = dataSource.getConnection()) {
      insertMunicipalities(connection);
      for (int from = 0; from < size; from += CHUNK) {
        int to = Math.min(size, from + CHUNK);
        List<SyntheticItem> items =
            IntStream.range(from, to).parallel().mapToObj(generator::item).toList();
        write(connection, items);
        for (SyntheticItem item : items) {
          String scope = item.published().municipalityCode();
          municipal += scope == null ? 0 : 1;
          visible += scope == null || scope.equals(reader) ? 1 : 0;
          guides += item.published().content().guide().isEmpty() ? 0 : 1;
          bodyWords += item.published().content().body().split("\\s+").length;
        }
        progress.accept(to);
      }
    }
    return new CorpusStats(size, municipal, visible, guides, bodyWords);
  }

  private static void insertMunicipalities(Connection connection) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO municipality (code, name, version) VALUES (?, ?, 1)")) {
      for (Map.Entry<String, String> municipality : CorpusGenerator.MUNICIPALITIES.entrySet()) {
        insert.setString(1, municipality.getKey());
        insert.setString(2, municipality.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void write(Connection connection, List<SyntheticItem> items) throws SQLException {
    CopyRows toolkitItems =
        new CopyRows(
            "toolkit_item (id, slug, kind, municipality_code, owner, status, submitted_by,"
                + " review_comment, created_at, version)");
    CopyRows revisions =
        new CopyRows(
            "item_revision (id, item_id, revision_number, title, summary, body, evidence_level,"
                + " review_by, created_by, last_editor, updated_at, published_at, reviewer,"
                + " guide_json, translations_json)");
    CopyRows domains = new CopyRows("revision_life_domain (revision_id, life_domain)");
    CopyRows themes = new CopyRows("revision_theme (revision_id, sort_order, theme)");
    CopyRows groups = new CopyRows("revision_target_group (revision_id, sort_order, target_group)");
    CopyRows sources = new CopyRows("revision_source (revision_id, sort_order, source)");
    CopyRows languages = new CopyRows("revision_language (revision_id, language)");
    for (SyntheticItem synthetic : items) {
      PublishedToolkitItem item = synthetic.published();
      ItemContent content = item.content();
      toolkitItems
          .add(item.id())
          .add(item.slug())
          .add(item.kind().name())
          .add(item.municipalityCode())
          .add(EDITOR)
          .add("PUBLISHED")
          .add(EDITOR)
          .add(null)
          .add(synthetic.createdAt())
          .add(1)
          .end();
      revisions
          .add(synthetic.revisionId())
          .add(item.id())
          .add(item.versionNumber())
          .add(content.title())
          .add(content.summary())
          .add(content.body())
          .add(content.evidenceLevel() == null ? null : content.evidenceLevel().name())
          .add(content.reviewBy())
          .add(EDITOR)
          .add(EDITOR)
          .add(item.publishedAt())
          .add(item.publishedAt())
          .add("reviewer")
          .add(GuideDocument.json(content.guide()))
          .add(null)
          .end();
      for (LifeDomain domain : content.lifeDomains()) {
        domains.add(synthetic.revisionId()).add(domain.name()).end();
      }
      ordered(themes, synthetic, content.themes());
      ordered(groups, synthetic, content.targetGroups());
      ordered(sources, synthetic, content.sources());
      languages.add(synthetic.revisionId()).add("NL").end();
    }
    for (CopyRows rows :
        List.of(toolkitItems, revisions, domains, themes, groups, sources, languages)) {
      rows.flush(connection);
    }
  }

  private static void ordered(CopyRows rows, SyntheticItem item, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      rows.add(item.revisionId()).add(i).add(values.get(i)).end();
    }
  }
}
