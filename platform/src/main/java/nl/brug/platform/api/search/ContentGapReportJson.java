package nl.brug.platform.api.search;

import java.util.List;
import nl.brug.content.gap.ContentGapReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What professionals searched for in a month and did not find; no data on who searched. */
@Schema(name = "ContentGapReport")
public record ContentGapReportJson(
    String month, List<TopicJson> withoutResults, List<TopicJson> unopened) {

  /** A query text and how often it counted. */
  @Schema(name = "ContentGapTopic")
  public record TopicJson(String query, int times) {}

  static ContentGapReportJson of(ContentGapReport report) {
    return new ContentGapReportJson(
        report.month().toString(), topics(report.withoutResults()), topics(report.unopened()));
  }

  private static List<TopicJson> topics(List<ContentGapReport.Topic> topics) {
    return topics.stream().map(t -> new TopicJson(t.query(), t.times())).toList();
  }
}
