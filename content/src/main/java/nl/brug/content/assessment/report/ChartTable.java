package nl.brug.content.assessment.report;

import java.util.List;
import java.util.Objects;

/**
 * The numbers of a chart as a table, with Dutch headers and Dutch number formatting ("62,5"). The
 * first column names the row (a dimension, an answer); every row has as many cells as there are
 * headers. Cells are plain text: whoever renders them must escape them.
 *
 * @param caption what the table shows, in Dutch
 * @param headers the column headers
 * @param rows the rows, each with one cell per header
 */
public record ChartTable(String caption, List<String> headers, List<List<String>> rows) {

  public ChartTable {
    Objects.requireNonNull(caption, "caption");
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "A row has " + row.size() + " cells for " + headers.size() + " headers: " + row);
      }
    }
  }
}
