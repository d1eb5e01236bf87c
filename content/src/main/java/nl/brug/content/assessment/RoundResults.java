package nl.brug.content.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The results of one round of a team: the submitted responses scored against the items of the
 * round's template version.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Results are shown only when at least {@value #MINIMUM_RESPONSES} members submitted (a
 *       stricter minimum may be given); otherwise nothing but the number of responses and a Dutch
 *       reason is available, so nobody can work back to one member's answers.
 *   <li>Per dimension and per item: the mean and spread over all counted answers (see {@link
 *       ScoreSummary}) and the distribution; "niet van toepassing" and "weet ik niet" are counted
 *       in the distribution only.
 *   <li>The overall score is the mean of the dimension means; a dimension without any counted
 *       answer has no mean and is left out.
 *   <li>The items with most disagreement are those with the largest spread, ties by item key.
 * </ul>
 */
public final class RoundResults {

  /** The fewest responses for which results may be shown. */
  public static final int MINIMUM_RESPONSES = 3;

  private final Checklist checklist;
  private final int responseCount;
  private final int minimumResponses;
  private final List<DimensionResult> dimensions;
  private final List<ItemResult> items;

  private RoundResults(
      Checklist checklist,
      int responseCount,
      int minimumResponses,
      List<DimensionResult> dimensions,
      List<ItemResult> items) {
    this.checklist = checklist;
    this.responseCount = responseCount;
    this.minimumResponses = minimumResponses;
    this.dimensions = List.copyOf(dimensions);
    this.items = List.copyOf(items);
  }

  /** Scores the responses with the standard minimum of {@value #MINIMUM_RESPONSES} responses. */
  public static RoundResults of(Checklist checklist, List<SubmittedResponse> responses) {
    return of(checklist, responses, MINIMUM_RESPONSES);
  }

  /**
   * Scores the responses of one round.
   *
   * @param minimumResponses the fewest responses to show results for; never below {@value
   *     #MINIMUM_RESPONSES}
   * @throws IllegalArgumentException when a response answers an item the checklist does not have,
   *     or chooses a step that is not on the item's scale
   */
  public static RoundResults of(
      Checklist checklist, List<SubmittedResponse> responses, int minimumResponses) {
    Objects.requireNonNull(checklist, "checklist");
    if (minimumResponses < MINIMUM_RESPONSES) {
      throw new IllegalArgumentException(
          "Results need at least " + MINIMUM_RESPONSES + " responses, not " + minimumResponses);
    }
    RoundTally tally = new RoundTally(checklist);
    responses.forEach(tally::add);
    if (responses.size() < minimumResponses) {
      return new RoundResults(checklist, responses.size(), minimumResponses, List.of(), List.of());
    }
    return new RoundResults(
        checklist,
        responses.size(),
        minimumResponses,
        tally.dimensionResults(),
        tally.itemResults());
  }

  /** The template version these results were scored against. */
  public Checklist checklist() {
    return checklist;
  }

  public int responseCount() {
    return responseCount;
  }

  /** Whether enough members responded for the results to be shown. */
  public boolean shown() {
    return responseCount >= minimumResponses;
  }

  /** Why the results are not shown, in Dutch; empty when they are shown. */
  public Optional<String> hiddenReason() {
    return shown()
        ? Optional.empty()
        : Optional.of(
            "Nog te weinig ingevulde lijsten: "
                + responseCount
                + " van minimaal "
                + minimumResponses);
  }

  /** The results per dimension in dimension order; empty when the results are not shown. */
  public List<DimensionResult> dimensions() {
    return dimensions;
  }

  public Optional<DimensionResult> dimension(String code) {
    return dimensions.stream().filter(d -> d.dimension().code().equals(code)).findFirst();
  }

  /** The mean of one dimension; empty when not shown or when nothing in it was counted. */
  public OptionalDouble dimensionMean(String code) {
    return dimension(code).map(d -> d.score().mean()).orElse(OptionalDouble.empty());
  }

  /** The results per item in template order; empty when the results are not shown. */
  public List<ItemResult> items() {
    return items;
  }

  public Optional<ItemResult> item(String key) {
    return items.stream().filter(i -> i.item().key().equals(key)).findFirst();
  }

  /** The mean of the dimension means that exist; empty when there are none or when not shown. */
  public OptionalDouble overallScore() {
    return dimensions.stream()
        .map(d -> d.score().mean())
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .average();
  }

  /**
   * The items members agreed least on: largest spread first, ties by item key. Items without any
   * counted answer have no spread and are left out.
   */
  public List<ItemResult> mostDisagreement(int limit) {
    return items.stream()
        .filter(i -> i.score().spread().isPresent())
        .sorted(
            Comparator.comparingLong((ItemResult i) -> comparable(i.score().spread()))
                .reversed()
                .thenComparing(i -> i.item().key()))
        .limit(limit)
        .toList();
  }

  /** The spread in millionths, so that spreads equal but for rounding noise count as ties. */
  private static long comparable(OptionalDouble spread) {
    return Math.round(spread.getAsDouble() * 1_000_000);
  }
}
