package nl.brug.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A query a professional would type, the item they want from it, and the kind of difficulty it
 * tests (plural, typo, synonym, compound, accent, ...). Read from {@code relevance/queries.tsv}: a
 * header line, then {@code query<TAB>expected_slug<TAB>category} per line.
 */
record RelevanceQuery(int line, String text, String expectedSlug, String category) {

  static final String FILE = "relevance/queries.tsv";

  /**
   * The queries of the file, each checked against the slugs that exist.
   *
   * @throws IllegalStateException naming the line of a malformed query or of an unknown slug
   */
  static List<RelevanceQuery> read(Set<String> slugs) {
    List<String> lines = lines();
    List<RelevanceQuery> queries = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 3 || fields[0].isBlank() || fields[2].isBlank()) {
        throw new IllegalStateException(
            FILE + " line " + (i + 1) + ": expected query<TAB>expected_slug<TAB>category: " + line);
      }
      if (!slugs.contains(fields[1].strip())) {
        throw new IllegalStateException(
            FILE
                + " line "
                + (i + 1)
                + ": '"
                + fields[1]
                + "' is not the slug of a demo toolkit item (query '"
                + fields[0]
                + "')");
      }
      queries.add(
          new RelevanceQuery(i + 1, fields[0].strip(), fields[1].strip(), fields[2].strip()));
    }
    return List.copyOf(queries);
  }

  private static List<String> lines() {
    try (InputStream in = RelevanceQuery.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + FILE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
