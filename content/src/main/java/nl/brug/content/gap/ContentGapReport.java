package nl.brug.content.gap;

import java.time.YearMonth;
import java.util.List;

/**
 * What professionals searched for in a month and did not find.
 *
 * @param withoutResults query texts that found nothing, with how often
 * @param unopened query texts whose results were shown in the portal but not opened, with how often
 */
public record ContentGapReport(YearMonth month, List<Topic> withoutResults, List<Topic> unopened) {

  /** A query text and how often it counted. */
  public record Topic(String query, int times) {}

  public boolean isEmpty() {
    return withoutResults.isEmpty() && unopened.isEmpty();
  }
}
