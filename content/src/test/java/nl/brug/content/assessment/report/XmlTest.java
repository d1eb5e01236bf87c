package nl.brug.content.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.Trend;
import org.junit.jupiter.api.Test;

class XmlTest {

  @Test
  void markupCharacters_areEscaped_forContentAndQuotedAttributes() {
    assertThat(Xml.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  }

  @Test
  void charactersXmlDoesNotAllow_areLeftOut_butDutchAndOtherScriptsStay() {
    assertThat(Xml.escape("a\u0000b\u0007c\uFFFEd\uD800e")).isEqualTo("abcde");
    assertThat(Xml.escape("Zuiderzeeë café – Yıldız 😀\tnaam\n"))
        .isEqualTo("Zuiderzeeë café – Yıldız 😀\tnaam\n");
    assertThat(Xml.clean("x\u0001<y>")).isEqualTo("x<y>");
  }

  @Test
  void aChartTableRow_needsACellForEveryHeader() {
    assertThatThrownBy(
            () -> new ChartTable("Tabel", List.of("Dimensie", "Gemiddelde"), List.of(List.of("a"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTrendWithoutRounds_saysSo() {
    Chart chart = AssessmentCharts.trend(new TeamTrend(List.of(), Trend.of(List.of())));

    assertThat(chart.svg()).contains("Nog geen rondes");
    assertThat(chart.table().headers()).containsExactly("Dimensie");
    assertThat(chart.table().rows()).containsExactly(List.of("Totaalscore"));
  }
}
