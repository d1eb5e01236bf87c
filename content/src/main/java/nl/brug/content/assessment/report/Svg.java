package nl.brug.content.assessment.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Writes an SVG document as a string: an accessible root ({@code role="img"}, {@code <title>} and
 * {@code <desc>} referenced by {@code aria-labelledby}, a {@code viewBox} and a width of 100%),
 * then elements whose text and attribute values are always escaped. Coordinates are written with
 * one decimal in {@link Locale#ROOT}, so the same chart always gives the same markup.
 */
final class Svg {

  /** Text: near black, 17:1 on white. */
  static final String TEXT = "#1A1A1A";

  /** Secondary text such as axis ticks: 7:1 on white. */
  static final String MUTED = "#595959";

  /** Grid lines: decorative, the values are in the labels and the table. */
  static final String GRID = "#C8C8C8";

  /** Axis lines. */
  static final String AXIS = "#767676";

  private final StringBuilder out = new StringBuilder(4096);

  Svg(int width, int height, String title, String description) {
    String id = "brug-chart-" + hash(title + '\n' + description);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">");
    out.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title));
    out.append("</title><desc id=\"").append(id).append("-desc\">");
    out.append(Xml.escape(description)).append("</desc>");
  }

  /**
   * An empty element, with a {@code <title>} child as tooltip when {@code tooltip} is not null.
   *
   * @param attributes names and values in turn; values are escaped
   */
  Svg element(String name, String tooltip, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    if (tooltip == null) {
      out.append("/>");
    } else {
      out.append("><title>").append(Xml.escape(tooltip)).append("</title></").append(name);
      out.append('>');
    }
    return this;
  }

  /** One line of text with its baseline at y. */
  Svg text(double x, double y, String text, String... attributes) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    attributes(attributes);
    out.append('>').append(Xml.escape(text)).append("</text>");
    return this;
  }

  /** Lines of text, the first with its baseline at y, the next each lineHeight lower. */
  Svg lines(double x, double y, List<String> lines, double lineHeight, String... attributes) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    attributes(attributes);
    out.append('>');
    for (int i = 0; i < lines.size(); i++) {
      out.append("<tspan x=\"").append(num(x)).append("\" dy=\"");
      out.append(i == 0 ? "0" : num(lineHeight)).append("\">");
      out.append(Xml.escape(lines.get(i))).append("</tspan>");
    }
    out.append("</text>");
    return this;
  }

  /** Opens a group; close it with {@link #end()}. */
  Svg group(String... attributes) {
    out.append("<g");
    attributes(attributes);
    out.append('>');
    return this;
  }

  Svg end() {
    out.append("</g>");
    return this;
  }

  String finish() {
    return out.append("</svg>").toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Attributes come as names and values");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"");
      out.append(Xml.escape(attributes[i + 1])).append('"');
    }
  }

  /** A coordinate with one decimal, the same on every machine. */
  static String num(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.equals("-0.0") ? "0.0" : text;
  }

  /** Points for a polygon or polyline: "x,y x,y …". */
  static String points(List<double[]> points) {
    StringBuilder text = new StringBuilder();
    for (double[] point : points) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(num(point[0])).append(',').append(num(point[1]));
    }
    return text.toString();
  }

  /**
   * The text in lines of at most maxChars characters, broken between words (a longer word gets a
   * line of its own); at most maxLines lines, the last ending in "…" when text was left out.
   */
  static List<String> wrap(String text, int maxChars, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > maxChars) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      kept.set(maxLines - 1, kept.get(maxLines - 1) + " …");
      return kept;
    }
    return lines;
  }

  private static String hash(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }
}
