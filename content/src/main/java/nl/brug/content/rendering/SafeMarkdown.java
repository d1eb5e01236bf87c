package nl.brug.content.rendering;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns an author's Markdown into HTML that is safe to show anywhere — portal, print view, API. Two
 * layers: commonmark escapes raw HTML and drops unsafe link targets, then the OWASP sanitizer keeps
 * only an allow-list of elements, attributes and URL schemes (http, https, mailto).
 */
public final class SafeMarkdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .allowUrlProtocols("http", "https", "mailto")
                  .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                  .allowElements("hr", "pre", "code", "br")
                  .toFactory());

  private SafeMarkdown() {}

  /** Safe HTML for the Markdown; empty for {@code null}. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  private static final org.commonmark.renderer.text.TextContentRenderer TEXT =
      org.commonmark.renderer.text.TextContentRenderer.builder().extensions(EXTENSIONS).build();

  /**
   * The words of a Markdown text without its markup, for search and snippets. Raw HTML in the
   * Markdown is dropped, never passed on.
   */
  public static String toPlainText(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return TEXT.render(PARSER.parse(markdown)).replaceAll("<[^>]*>", " ");
  }
}
