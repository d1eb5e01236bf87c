package nl.brug.content.assessment.report;

/** Escapes text for XML content and attribute values (SVG and XHTML alike). */
final class Xml {

  private Xml() {}

  /**
   * The text with {@code & < > " '} escaped and characters that XML 1.0 does not allow (control
   * characters other than tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF) left
   * out, so the result can go into element content and into quoted attribute values.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (allowed(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The text without the characters XML 1.0 does not allow, for DOM text nodes. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (allowed(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    if (Character.isSurrogate(c)) {
      return false;
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
