package nl.brug.content.assessment.report;

import java.util.Objects;

/**
 * A chart rendered on the server: a self-contained, accessible SVG (role {@code img}, a title and a
 * description, scaling to the width of its container) and a table with the same numbers, for screen
 * readers, for print and for anyone who would rather read numbers than shapes.
 *
 * @param title the Dutch title of the chart, also the SVG's {@code <title>}
 * @param svg the SVG markup; every text in it is escaped
 * @param table the numbers the chart shows
 */
public record Chart(String title, String svg, ChartTable table) {

  public Chart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(table, "table");
  }
}
