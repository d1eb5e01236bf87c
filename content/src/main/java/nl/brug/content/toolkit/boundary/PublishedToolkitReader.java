package nl.brug.content.toolkit.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.StoredContent;
import nl.brug.content.toolkit.entity.ToolkitKind;

/**
 * Reads what readers see of many items at once, with plain SQL in a few queries per batch. Used to
 * rebuild the search index; safe on any thread (no transaction, no entity manager).
 */
@ApplicationScoped
public class PublishedToolkitReader {

  private static final String PUBLISHED =
      " from toolkit_item i join item_revision r on r.item_id = i.id"
          + " where i.status <> 'ARCHIVED' and r.published_at is not null"
          + " and r.revision_number = (select max(p.revision_number) from item_revision p"
          + " where p.item_id = i.id and p.published_at is not null)";

  @Resource(lookup = "java:app/jdbc/brug")
  private DataSource dataSource;

  protected PublishedToolkitReader() {
    // for CDI
  }

  public PublishedToolkitReader(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** How many items readers can find (in any scope). */
  public long count() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("select count(*)" + PUBLISHED);
        ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Counting published items failed", e);
    }
  }

  /** The ids of every published item, in a stable order. */
  public List<UUID> ids() {
    List<UUID> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select i.id" + PUBLISHED + " order by i.id")) {
      query.setFetchSize(10_000);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Listing published items failed", e);
    }
    return ids;
  }

  /**
   * The number of the published version of every published item, by item id: what the search index
   * must hold. A lost update of an item shows here as an older number, not in a count.
   */
  public Map<UUID, Integer> publishedVersions() {
    Map<UUID, Integer> versions = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select i.id, r.revision_number" + PUBLISHED)) {
      query.setFetchSize(10_000);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          versions.put(rows.getObject(1, UUID.class), rows.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Listing published versions failed", e);
    }
    return versions;
  }

  /** The published form of these items, in the order given; gone or withdrawn ones are skipped. */
  public List<PublishedToolkitItem> read(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = ids.stream().map(id -> "?").collect(Collectors.joining(",", "(", ")"));
    try (Connection connection = dataSource.getConnection()) {
      Map<UUID, Row> rows = new LinkedHashMap<>();
      try (PreparedStatement query =
          connection.prepareStatement(
              "select i.id, i.slug, i.kind, i.municipality_code, r.id, r.revision_number,"
                  + " r.published_at, r.title, r.summary, r.body, r.evidence_level, r.review_by,"
                  + " r.guide_json, r.translations_json"
                  + PUBLISHED
                  + " and i.id in "
                  + in)) {
        bind(query, ids);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            Row row = new Row(result);
            rows.put(row.revisionId, row);
          }
        }
      }
      if (rows.isEmpty()) {
        return List.of();
      }
      String revisions =
          rows.keySet().stream().map(id -> "?").collect(Collectors.joining(",", "(", ")"));
      Map<UUID, List<String>> domains =
          collection(connection, "revision_life_domain", "life_domain", null, revisions, rows);
      Map<UUID, List<String>> themes =
          collection(connection, "revision_theme", "theme", "sort_order", revisions, rows);
      Map<UUID, List<String>> groups =
          collection(
              connection, "revision_target_group", "target_group", "sort_order", revisions, rows);
      Map<UUID, List<String>> sources =
          collection(connection, "revision_source", "source", "sort_order", revisions, rows);
      Map<UUID, PublishedToolkitItem> byItem = new HashMap<>();
      for (Row row : rows.values()) {
        byItem.put(
            row.itemId,
            row.toItem(
                domains.getOrDefault(row.revisionId, List.of()),
                themes.getOrDefault(row.revisionId, List.of()),
                groups.getOrDefault(row.revisionId, List.of()),
                sources.getOrDefault(row.revisionId, List.of())));
      }
      return ids.stream().map(byItem::get).filter(item -> item != null).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Reading published items failed", e);
    }
  }

  private static Map<UUID, List<String>> collection(
      Connection connection,
      String table,
      String column,
      String order,
      String in,
      Map<UUID, Row> rows)
      throws SQLException {
    Map<UUID, List<String>> values = new HashMap<>();
    String sql =
        "select revision_id, "
            + column
            + " from "
            + table
            + " where revision_id in "
            + in
            + (order == null ? "" : " order by revision_id, " + order);
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      bind(query, rows.keySet());
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          values
              .computeIfAbsent(result.getObject(1, UUID.class), id -> new ArrayList<>())
              .add(result.getString(2));
        }
      }
    }
    return values;
  }

  private static void bind(PreparedStatement query, Collection<UUID> ids) throws SQLException {
    int i = 1;
    for (UUID id : ids) {
      query.setObject(i++, id);
    }
  }

  /** One item row with its published revision's columns. */
  private static final class Row {
    final UUID itemId;
    final String slug;
    final String kind;
    final String municipalityCode;
    final UUID revisionId;
    final int number;
    final Instant publishedAt;
    final String title;
    final String summary;
    final String body;
    final String evidence;
    final LocalDate reviewBy;
    final String guideJson;
    final String translationsJson;

    Row(ResultSet result) throws SQLException {
      itemId = result.getObject(1, UUID.class);
      slug = result.getString(2);
      kind = result.getString(3);
      municipalityCode = result.getString(4);
      revisionId = result.getObject(5, UUID.class);
      number = result.getInt(6);
      publishedAt = result.getObject(7, OffsetDateTime.class).toInstant();
      title = result.getString(8);
      summary = result.getString(9);
      body = result.getString(10);
      evidence = result.getString(11);
      reviewBy = result.getObject(12, LocalDate.class);
      guideJson = result.getString(13);
      translationsJson = result.getString(14);
    }

    PublishedToolkitItem toItem(
        List<String> domains, List<String> themes, List<String> groups, List<String> sources) {
      Set<LifeDomain> lifeDomains = EnumSet.noneOf(LifeDomain.class);
      domains.forEach(d -> lifeDomains.add(LifeDomain.valueOf(d)));
      return new PublishedToolkitItem(
          itemId,
          slug,
          ToolkitKind.valueOf(kind),
          municipalityCode,
          number,
          publishedAt,
          StoredContent.read(
              title,
              summary,
              body,
              lifeDomains,
              themes,
              groups,
              evidence == null ? null : EvidenceLevel.valueOf(evidence),
              sources,
              reviewBy,
              guideJson,
              translationsJson));
    }
  }
}
