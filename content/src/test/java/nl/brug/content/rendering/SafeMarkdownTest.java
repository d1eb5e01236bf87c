package nl.brug.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authors write Markdown; what reaches a page is never able to run script. */
class SafeMarkdownTest {

  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "script",
          "iframe",
          "frame",
          "svg",
          "math",
          "object",
          "embed",
          "form",
          "input",
          "button",
          "meta",
          "base",
          "link",
          "style",
          "img",
          "details",
          "video",
          "audio",
          "textarea",
          "select",
          "template");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](&#106;avascript:alert(1))",
        "[klik](java&#x09;script:alert(1))",
        "[klik](vbscript:msgbox(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![plaatje](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<input onfocus=alert(1) autofocus>",
        "<scr<script>ipt>alert(1)</script>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:/\">",
        "[klik](<javascript:alert(1)>)",
        "[klik][ref]\n\n[ref]: javascript:alert(1)",
        "<a href=\"jav&#x0A;ascript:alert(1)\">klik</a>",
        "`code` <span onmouseover=alert(1)>x</span>",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
        "<<script>script>alert(1)</script>",
        "[klik](https://example.org\" onclick=\"alert(1))"
      })
  void noVectorSurvives(String markdown) {
    assertSafe(SafeMarkdown.toHtml(markdown));
  }

  @Test
  void ordinaryMarkdownKeepsItsStructure() {
    String html =
        SafeMarkdown.toHtml(
            "## Werkwijze\n\nVraag **altijd** naar het netwerk.\n\n- een\n- twee\n\n"
                + "[Meer lezen](https://www.example.org/tolk)\n\n| a | b |\n|---|---|\n| 1 | 2 |");

    Document page = Jsoup.parseBodyFragment(html);
    assertThat(page.select("h2").text()).isEqualTo("Werkwijze");
    assertThat(page.select("strong").text()).isEqualTo("altijd");
    assertThat(page.select("li")).hasSize(2);
    assertThat(page.select("table td")).hasSize(2);
    Element link = page.selectFirst("a");
    assertThat(link.attr("href")).isEqualTo("https://www.example.org/tolk");
    assertThat(link.attr("rel")).contains("noopener");
  }

  @Test
  void rawHtmlIsShownAsText_notExecuted() {
    Document page = Jsoup.parseBodyFragment(SafeMarkdown.toHtml("<b onclick=x()>vet</b>"));

    assertThat(page.text()).contains("<b onclick=x()>vet</b>");
    assertThat(page.select("b")).isEmpty();
  }

  private static void assertSafe(String html) {
    Document page = Jsoup.parseBodyFragment(html);
    for (Element element : page.getAllElements()) {
      assertThat(FORBIDDEN_ELEMENTS).as(html).doesNotContain(element.tagName());
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as(html).doesNotStartWith("on").isNotEqualTo("style");
        if (name.equals("href") || name.equals("src") || name.equals("action")) {
          assertThat(isSafeUrl(attribute.getValue())).as(html).isTrue();
        }
      }
    }
  }

  private static boolean isSafeUrl(String url) {
    String compact = url.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
    int colon = compact.indexOf(':');
    int slash = compact.indexOf('/');
    if (colon < 0 || (slash >= 0 && slash < colon)) {
      return true; // relative
    }
    return ALLOWED_SCHEMES.contains(compact.substring(0, colon));
  }
}
