package nl.brug.platform.api.assessment;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import nl.brug.content.assessment.Answer;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.DimensionResult;
import nl.brug.content.assessment.Distribution;
import nl.brug.content.assessment.ItemResult;
import nl.brug.content.assessment.MyAnswers;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.TeamStanding;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.Trend;
import nl.brug.platform.api.problem.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the self-assessment API. */
public final class AssessmentJson {

  static final String NOT_APPLICABLE = "nvt";
  static final String DONT_KNOW = "weet-niet";
  static final String DEFAULT_TEMPLATE = "brug-diversiteitsscan";

  private AssessmentJson() {}

  /** A team lead's new round. */
  @Schema(name = "NewAssessmentRound")
  public record NewRound(
      String templateCode,
      @NotNull(message = "Geef de periode, bijvoorbeeld \"Voorjaar 2027\".") String period,
      @NotNull(message = "Geef de sluitingsdatum (JJJJ-MM-DD).") LocalDate closesOn) {

    public String templateOrDefault() {
      return templateCode == null || templateCode.isBlank() ? DEFAULT_TEMPLATE : templateCode;
    }
  }

  @Schema(name = "AssessmentRound")
  public record Round(
      UUID id,
      String municipalityCode,
      String teamCode,
      String templateCode,
      int templateVersion,
      String title,
      String period,
      LocalDate closesOn,
      boolean open,
      int submitted) {

    static Round of(RoundSummary round) {
      return new Round(
          round.id(),
          round.municipalityCode(),
          round.teamCode(),
          round.templateCode(),
          round.templateVersion(),
          round.title(),
          round.period(),
          round.closesOn(),
          round.open(),
          round.submitted());
    }
  }

  /** Answers as the API speaks them: a step ("1" … "5"), "nvt" or "weet-niet" per statement. */
  public record Answers(
      @NotNull(message = "Stuur je antwoorden als {\"answers\": {\"stelling\": \"3\"}}.")
          Map<String, String> answers) {

    public Map<String, Answer> parsed() {
      Map<String, Answer> parsed = new TreeMap<>();
      answers.forEach((key, value) -> parsed.put(key, answer(key, value)));
      return parsed;
    }
  }

  @Schema(name = "MyAnswers")
  public record Mine(UUID roundId, Map<String, String> answers, Instant submittedAt) {

    static Mine of(MyAnswers mine) {
      Map<String, String> answers = new TreeMap<>();
      mine.answers().forEach((key, answer) -> answers.put(key, external(answer)));
      return new Mine(mine.roundId(), answers, mine.submittedAt().orElse(null));
    }
  }

  @Schema(name = "RoundResults")
  public record Results(
      boolean shown,
      String hiddenReason,
      int responses,
      Double overallScore,
      List<Dimension> dimensions,
      List<Disagreement> mostDisagreement) {

    static Results of(RoundResults results) {
      return new Results(
          results.shown(),
          results.hiddenReason().orElse(null),
          results.responseCount(),
          value(results.overallScore()),
          results.dimensions().stream().map(Dimension::of).toList(),
          results.mostDisagreement(5).stream().map(Disagreement::of).toList());
    }
  }

  @Schema(name = "DimensionResult")
  public record Dimension(
      String code,
      String name,
      Double mean,
      Double spread,
      int countedAnswers,
      List<StepCount> distribution,
      int notApplicable,
      int dontKnow) {

    static Dimension of(DimensionResult result) {
      Distribution distribution = result.score().distribution();
      return new Dimension(
          result.dimension().code(),
          result.dimension().name(),
          value(result.score().mean()),
          value(result.score().spread()),
          result.score().countedAnswers(),
          distribution.steps().stream()
              .map(
                  s ->
                      new StepCount(
                          s.scale().name(), s.step().value(), s.step().label(), s.count()))
              .toList(),
          distribution.notApplicable(),
          distribution.dontKnow());
    }
  }

  public record StepCount(String scale, int step, String label, int count) {}

  public record Disagreement(String key, String statement, Double spread) {

    static Disagreement of(ItemResult item) {
      return new Disagreement(
          item.item().key(), item.item().statement(), value(item.score().spread()));
    }
  }

  /** A team's rounds, oldest first, and one mean per round per dimension and statement. */
  @Schema(name = "Trend")
  public record TrendJson(
      List<Round> rounds, List<Double> overall, List<Series> dimensions, List<Series> items) {

    static TrendJson of(TeamTrend teamTrend) {
      Trend trend = teamTrend.trend();
      return new TrendJson(
          teamTrend.rounds().stream().map(Round::of).toList(),
          values(trend.overall()),
          trend.dimensions().stream()
              .map(d -> new Series(d.dimension().code(), d.dimension().name(), values(d.means())))
              .toList(),
          trend.items().stream()
              .map(i -> new Series(i.item().key(), i.item().statement(), values(i.means())))
              .toList());
    }
  }

  /** Means over the rounds; {@code null} where a round has none (too few responses). */
  public record Series(String code, String name, List<Double> means) {}

  /** The team beside the anonymous aggregate of the other teams. */
  @Schema(name = "Benchmark")
  public record BenchmarkJson(
      boolean shown,
      String hiddenReason,
      int otherTeams,
      Double ownOverall,
      Others othersOverall,
      List<BenchmarkRow> dimensions) {

    static BenchmarkJson of(Benchmark benchmark) {
      return new BenchmarkJson(
          benchmark.shown(),
          benchmark.hiddenReason().orElse(null),
          benchmark.otherTeams(),
          value(benchmark.ownOverall()),
          benchmark.othersOverall().map(Others::of).orElse(null),
          benchmark.dimensions().stream()
              .map(
                  row ->
                      new BenchmarkRow(
                          row.dimension().code(),
                          row.dimension().name(),
                          value(row.own()),
                          row.others().map(Others::of).orElse(null)))
              .toList());
    }
  }

  public record BenchmarkRow(String code, String name, Double own, Others others) {}

  /** Other teams together: mean of their means (each team weighs the same), lowest, highest. */
  public record Others(Double mean, Double min, Double max, int teams) {

    static Others of(Benchmark.Aggregate aggregate) {
      return new Others(
          round(aggregate.mean()),
          round(aggregate.min()),
          round(aggregate.max()),
          aggregate.teams());
    }
  }

  /**
   * One team of the coordinator's municipality.
   *
   * @param participation handed-in share of the members in the newest round (0–1)
   * @param latestOverall the newest shown overall score (0–100)
   */
  @Schema(name = "TeamStanding")
  public record Standing(
      String teamCode,
      String teamName,
      int members,
      Round latestRound,
      Double participation,
      Double latestOverall,
      String latestOverallPeriod,
      int openActionPoints,
      int overdueActionPoints) {

    static Standing of(TeamStanding standing) {
      return new Standing(
          standing.teamCode(),
          standing.teamName(),
          standing.members(),
          standing.latestRound().map(Round::of).orElse(null),
          standing.participation().isPresent()
              ? Math.round(standing.participation().getAsDouble() * 1000) / 1000.0
              : null,
          value(standing.latestOverall()),
          standing.latestOverallPeriod().orElse(null),
          standing.openActionPoints(),
          standing.overdueActionPoints());
    }
  }

  private static List<Double> values(List<OptionalDouble> values) {
    return values.stream().map(AssessmentJson::value).toList();
  }

  private static Double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Double value(OptionalDouble value) {
    return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
  }

  private static Answer answer(String key, String value) {
    if (NOT_APPLICABLE.equals(value)) {
      return Answer.NOT_APPLICABLE;
    }
    if (DONT_KNOW.equals(value)) {
      return Answer.DONT_KNOW;
    }
    if (value != null && value.matches("[1-9]")) {
      return Answer.step(Integer.parseInt(value));
    }
    throw new InvalidParameterException(
        "answers",
        "Stelling '" + key + "': antwoord met een getal van de schaal, \"nvt\" of \"weet-niet\".");
  }

  private static String external(Answer answer) {
    return switch (answer.kind()) {
      case STEP -> String.valueOf(answer.step());
      case NOT_APPLICABLE -> NOT_APPLICABLE;
      case DONT_KNOW -> DONT_KNOW;
    };
  }
}
