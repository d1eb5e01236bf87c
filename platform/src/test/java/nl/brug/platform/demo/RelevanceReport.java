package nl.brug.platform.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The share of queries whose wanted item came first, and came in the top 3, per category and
 * overall, for Brug and for the PostgreSQL baseline; with the queries Brug misses from the top 3.
 *
 * @param brug per query, the slugs Brug found, best first
 * @param postgres per query, the slugs the baseline found, best first; empty when not measured
 * @param postgresNote why the baseline was not measured, or empty
 */
record RelevanceReport(
    int items,
    List<RelevanceQuery> queries,
    Map<RelevanceQuery, List<String>> brug,
    Map<RelevanceQuery, List<String>> postgres,
    Optional<String> postgresNote) {

  static final int TOP = 3;

  /** The share of these queries whose wanted item is among the first {@code depth} found. */
  static double share(
      List<RelevanceQuery> queries, Map<RelevanceQuery, List<String>> found, int depth) {
    if (queries.isEmpty()) {
      return 0;
    }
    long within = queries.stream().filter(q -> rank(q, found) <= depth).count();
    return (double) within / queries.size();
  }

  /** Where the wanted item came (1 = first), or {@link Integer#MAX_VALUE} if it was not found. */
  static int rank(RelevanceQuery query, Map<RelevanceQuery, List<String>> found) {
    int index = found.getOrDefault(query, List.of()).indexOf(query.expectedSlug());
    return index < 0 ? Integer.MAX_VALUE : index + 1;
  }

  List<RelevanceQuery> brugMisses() {
    return queries.stream().filter(q -> rank(q, brug) > TOP).toList();
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Relevance of toolkit search on the demo toolkit\n\n")
        .append(queries.size())
        .append(" queries a professional would type, over the ")
        .append(items)
        .append(" demo items. A query scores at rank 1 when the item they want comes first, in the")
        .append(" top 3 when it is among the first three. Brug: the Lucene index as in production;")
        .append(" PG FTS: PostgreSQL full-text search (Dutch, weighted title/summary/text, OR of")
        .append(" the query's lexemes, ts_rank).\n\n");
    postgresNote.ifPresent(
        note -> out.append("PG FTS was not measured: ").append(note).append("\n\n"));
    out.append("| Category | Queries | Brug rank 1 | Brug top 3 | PG FTS rank 1 | PG FTS top 3 |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    Map<String, List<RelevanceQuery>> byCategory = new TreeMap<>();
    queries.forEach(q -> byCategory.computeIfAbsent(q.category(), c -> new ArrayList<>()).add(q));
    byCategory.forEach((category, in) -> row(out, category, in));
    row(out, "**all**", queries);
    out.append("\n## Queries Brug misses from the top 3\n\n");
    misses(out, brugMisses());
    out.append("\n## Queries where Brug has the wanted item in the top 3, but not first\n\n");
    misses(out, queries.stream().filter(q -> rank(q, brug) > 1 && rank(q, brug) <= TOP).toList());
    return out.toString();
  }

  private void misses(StringBuilder out, List<RelevanceQuery> misses) {
    if (misses.isEmpty()) {
      out.append("None.\n");
      return;
    }
    out.append("| Query | Category | Wanted | Brug rank | Brug first |\n")
        .append("|---|---|---|---:|---|\n");
    for (RelevanceQuery miss : misses) {
      int rank = rank(miss, brug);
      List<String> found = brug.getOrDefault(miss, List.of());
      out.append("| ")
          .append(miss.text())
          .append(" | ")
          .append(miss.category())
          .append(" | ")
          .append(miss.expectedSlug())
          .append(" | ")
          .append(rank == Integer.MAX_VALUE ? "not found" : String.valueOf(rank))
          .append(" | ")
          .append(found.isEmpty() ? "(nothing)" : found.get(0))
          .append(" |\n");
    }
  }

  private void row(StringBuilder out, String category, List<RelevanceQuery> in) {
    out.append("| ")
        .append(category)
        .append(" | ")
        .append(in.size())
        .append(" | ")
        .append(percent(in, brug, 1))
        .append(" | ")
        .append(percent(in, brug, TOP))
        .append(" | ")
        .append(postgres.isEmpty() ? "–" : percent(in, postgres, 1))
        .append(" | ")
        .append(postgres.isEmpty() ? "–" : percent(in, postgres, TOP))
        .append(" |\n");
  }

  private static String percent(
      List<RelevanceQuery> in, Map<RelevanceQuery, List<String>> found, int depth) {
    double share = share(in, found, depth);
    return String.format(Locale.ROOT, "%.0f%% (%d)", share * 100, Math.round(share * in.size()));
  }
}
