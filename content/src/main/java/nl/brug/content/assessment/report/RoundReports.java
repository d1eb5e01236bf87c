package nl.brug.content.assessment.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.organisation.boundary.OrganisationService;

/**
 * The exports of a round, for whoever may see its results (the team and its coordinator; anyone
 * else gets "not found", as for the round): the aggregated results as CSV and the report as PDF,
 * with the same charts as the portal. Never anyone's own answers.
 */
@ApplicationScoped
public class RoundReports {

  private Clock clock;
  private AssessmentService assessments;
  private ActionPointService actionPoints;
  private OrganisationService organisation;

  protected RoundReports() {
    // for CDI proxies
  }

  @Inject
  public RoundReports(
      Clock clock,
      AssessmentService assessments,
      ActionPointService actionPoints,
      OrganisationService organisation) {
    this.clock = clock;
    this.assessments = assessments;
    this.actionPoints = actionPoints;
    this.organisation = organisation;
  }

  /**
   * @throws UnknownResourceException when the round is not the caller's to see
   */
  public byte[] csv(Caller caller, UUID roundId) {
    return RoundReport.csv(data(caller, roundId));
  }

  /**
   * @throws UnknownResourceException when the round is not the caller's to see
   */
  public byte[] pdf(Caller caller, UUID roundId) {
    return RoundReport.pdf(data(caller, roundId));
  }

  /**
   * A file name that says what it is, e.g. {@code zelfevaluatie-zwolle-zuid-najaar-2026.pdf}.
   *
   * @param extension "csv" or "pdf"
   */
  public String fileName(Caller caller, UUID roundId, String extension) {
    RoundSummary round = assessments.round(caller, roundId);
    return "zelfevaluatie-" + round.teamCode() + "-" + slug(round.period()) + "." + extension;
  }

  private RoundReport.Data data(Caller caller, UUID roundId) {
    RoundSummary round = assessments.round(caller, roundId);
    String teamName =
        organisation
            .findTeam(round.teamCode())
            .map(nl.brug.content.organisation.entity.Team::getName)
            .orElse(round.teamCode());
    return new RoundReport.Data(
        round,
        teamName,
        assessments.results(caller, roundId),
        assessments.benchmark(caller, roundId),
        assessments.trend(caller, round.teamCode()),
        actionPoints.ofRound(caller, roundId),
        clock.instant());
  }

  static String slug(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return plain.isEmpty() ? "ronde" : plain;
  }
}
