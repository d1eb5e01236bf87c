package nl.brug.platform.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Role;
import nl.brug.auth.refusal.Conflict;
import nl.brug.auth.refusal.Invalid;
import nl.brug.auth.refusal.NotAllowed;
import nl.brug.auth.refusal.NotFound;
import nl.brug.auth.refusal.Refusal;
import nl.brug.auth.refusal.StaleVersion;
import nl.brug.content.toolkit.entity.InvalidContentException;
import org.junit.jupiter.api.Test;

/** Each kind of refusal becomes one problem: its status, type and title, with the Dutch text. */
class RefusalProblemTest {

  private static final URI INSTANCE = URI.create("/api/v1/teams/wijk-oost");

  @Test
  void notFound_is404WithTheDutchText() {
    Problem problem = problem(new UnknownResourceException("team", "wijk-oost"));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.type()).isEqualTo(URI.create("urn:brug:problem:not-found"));
    assertThat(problem.title()).isEqualTo("Niet gevonden");
    assertThat(problem.detail()).isEqualTo("We vinden geen team 'wijk-oost'.");
    assertThat(problem.invalidParams()).isNull();
  }

  @Test
  void notFoundWithoutAnId_saysOnlyWhat() {
    assertThat(problem(new UnknownResourceException("assessment-round", "")).detail())
        .isEqualTo("We vinden geen ronde.");
  }

  @Test
  void notAllowed_is403() {
    Problem problem = problem(new ActionNotAllowedException(Role.ADMIN));

    assertThat(problem.status()).isEqualTo(403);
    assertThat(problem.title()).isEqualTo("Geen toegang");
    assertThat(problem.detail()).isEqualTo("Je rol geeft geen toegang tot deze handeling.");
  }

  @Test
  void conflict_is409WithItsOwnText() {
    Problem problem =
        problem(new Conflict("refusal.round.closed", "Deze ronde is al gesloten.", "2026"));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.type()).isEqualTo(URI.create("urn:brug:problem:conflict"));
    assertThat(problem.detail()).isEqualTo("Deze ronde is al gesloten.");
  }

  @Test
  void staleVersion_is412() {
    Problem problem = problem(new StaleVersion("Iemand anders heeft dit net opgeslagen."));

    assertThat(problem.status()).isEqualTo(412);
    assertThat(problem.title()).isEqualTo("Iemand anders was je voor");
    assertThat(problem.detail()).isEqualTo("Iemand anders heeft dit net opgeslagen.");
  }

  @Test
  void invalidWithoutFields_is400BadRequest() {
    Problem problem = problem(new Invalid("De sluitdatum ligt in het verleden."));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo(URI.create("urn:brug:problem:bad-request"));
    assertThat(problem.detail()).isEqualTo("De sluitdatum ligt in het verleden.");
    assertThat(problem.invalidParams()).isNull();
  }

  @Test
  void invalidFields_areNamedInInvalidParams() {
    Problem problem = problem(new InvalidContentException("title", "De titel mag niet leeg zijn."));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.title()).isEqualTo("Niet alle gegevens zijn goed ingevuld");
    assertThat(problem.invalidParams())
        .containsExactly(new Problem.InvalidParam("title", "De titel mag niet leeg zijn."));
  }

  @Test
  void aRefusalOfAnyKindIsNeverAServerError() {
    for (var refusal :
        List.of(
            new NotFound("x"),
            new NotAllowed("x"),
            new Conflict("x"),
            new StaleVersion("x"),
            new Invalid(List.of("a", "b"), Invalid.KEY, "x"))) {
      assertThat(ProblemMapper.problemOf(refusal, INSTANCE).status()).isBetween(400, 499);
    }
  }

  private static Problem problem(Refusal refusal) {
    Problem problem = ProblemMapper.problemOf(refusal, INSTANCE);
    assertThat(problem.instance()).isEqualTo(INSTANCE);
    return problem;
  }
}
