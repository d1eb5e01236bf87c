package nl.brug.benchmark.corpus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.StoredContent;
import nl.brug.content.toolkit.entity.ToolkitKind;

/**
 * What a team without Brug's reader would write: one plain {@code SELECT} of every published item
 * with its revision's columns and collections (as arrays), streamed row by row. The same rows and
 * columns {@code PublishedToolkitReader} reads, parsed with content's public {@link StoredContent}.
 */
public final class PublishedRows {

  private static final String SELECT =
      "SELECT i.id, i.slug, i.kind, i.municipality_code, r.revision_number, r.published_at,"
          + " r.title, r.summary, r.body, r.evidence_level, r.review_by, r.guide_json,"
          + " r.translations_json,"
          + " ARRAY(SELECT d.life_domain FROM revision_life_domain d WHERE d.revision_id = r.id),"
          + " ARRAY(SELECT t.theme FROM revision_theme t WHERE t.revision_id = r.id"
          + " ORDER BY t.sort_order),"
          + " ARRAY(SELECT g.target_group FROM revision_target_group g"
          + " WHERE g.revision_id = r.id ORDER BY g.sort_order),"
          + " ARRAY(SELECT s.source FROM revision_source s WHERE s.revision_id = r.id"
          + " ORDER BY s.sort_order)"
          + " FROM toolkit_item i JOIN item_revision r ON r.item_id = i.id"
          + " WHERE i.status <> 'ARCHIVED' AND r.published_at IS NOT NULL"
          + " AND r.revision_number = (SELECT max(p.revision_number) FROM item_revision p"
          + " WHERE p.item_id = i.id AND p.published_at IS NOT NULL)";

  private PublishedRows() {}

  /** Streams every published item to {@code sink}; returns how many there were. */
  public static long stream(DataSource dataSource, Consumer<PublishedToolkitItem> sink)
      throws SQLException {
    long count = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement query = connection.prepareStatement(SELECT)) {
        query.setFetchSize(1_000);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            sink.accept(item(rows));
            count++;
          }
        }
      }
      connection.commit();
    }
    return count;
  }

  private static PublishedToolkitItem item(ResultSet rows) throws SQLException {
    Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
    strings(rows.getArray(14)).forEach(d -> domains.add(LifeDomain.valueOf(d)));
    String evidence = rows.getString(10);
    return new PublishedToolkitItem(
        rows.getObject(1, UUID.class),
        rows.getString(2),
        ToolkitKind.valueOf(rows.getString(3)),
        rows.getString(4),
        rows.getInt(5),
        rows.getObject(6, OffsetDateTime.class).toInstant(),
        StoredContent.read(
            rows.getString(7),
            rows.getString(8),
            rows.getString(9),
            domains,
            strings(rows.getArray(15)),
            strings(rows.getArray(16)),
            evidence == null ? null : EvidenceLevel.valueOf(evidence),
            strings(rows.getArray(17)),
            rows.getObject(11, LocalDate.class),
            rows.getString(12),
            rows.getString(13)));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
