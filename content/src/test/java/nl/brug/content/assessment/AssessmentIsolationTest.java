package nl.brug.content.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.schema.StandInEntityManager;
import org.junit.jupiter.api.Test;

/**
 * A round of Zwolle-Zuid and its action points do not exist for anyone outside the team and
 * Zwolle's coordinator: another Zwolle team, Hilversum, a Zwolle expert and an admin get exactly
 * what they get for an id that never existed, for every question the services answer, and before
 * the services ask the database anything beyond the round itself (the stand-in entity manager fails
 * the test on any query). Within the team, nobody but the member reads their own answers: not the
 * team lead and not the coordinator.
 */
class AssessmentIsolationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static final Caller HOLTENBROEK =
      new Caller("piet", "Piet", EnumSet.of(Role.TEAM_LEAD), "GM0193", "zwolle-holtenbroek");

  /** Leads a Hilversum team that happens to have the same code as Zwolle's. */
  private static final Caller HILVERSUM =
      new Caller("bram", "Bram", EnumSet.of(Role.TEAM_LEAD), "GM0402", "zwolle-zuid");

  private static final Caller HILVERSUM_COORDINATOR =
      new Caller("jeroen", "Jeroen", EnumSet.of(Role.COORDINATOR), "GM0402", null);
  private static final Caller ZWOLLE_EXPERT =
      new Caller("fatima", "Fatima", EnumSet.of(Role.EXPERT), "GM0193", null);
  private static final Caller ADMIN =
      new Caller("daan", "Daan", EnumSet.of(Role.ADMIN), "GM0193", null);
  private static final List<Caller> OUTSIDERS =
      List.of(HOLTENBROEK, HILVERSUM, HILVERSUM_COORDINATOR, ZWOLLE_EXPERT, ADMIN);

  private static final Caller TEAM_LEAD =
      new Caller("marieke", "Marieke", EnumSet.of(Role.TEAM_LEAD), "GM0193", "zwolle-zuid");
  private static final Caller COORDINATOR =
      new Caller("ingrid", "Ingrid", EnumSet.of(Role.COORDINATOR), "GM0193", null);

  private final AssessmentRound round =
      AssessmentRound.start(
          ChecklistTemplate.publish(shippedTemplate(), NOW),
          "GM0193",
          "zwolle-zuid",
          "Najaar 2026",
          LocalDate.of(2026, 12, 14),
          "marieke",
          NOW);
  private final StoredActionPoint point =
      StoredActionPoint.add(
          "GM0193",
          "zwolle-zuid",
          round.id(),
          "marieke",
          NOW,
          new ActionPointInput(
              "samenstelling",
              Optional.empty(),
              "Talenoverzicht maken",
              "sanne",
              LocalDate.of(2027, 1, 15),
              ActionStatus.OPEN,
              List.of()));
  private final StandInEntityManager database =
      new StandInEntityManager().holding(round.id(), round).holding(point.id(), point);
  private final ActionPointService actionPoints =
      database.into(new ActionPointService(CLOCK, null, null));
  private final AssessmentService assessments =
      database.into(new AssessmentService(CLOCK, null, null, actionPoints));

  private static String shippedTemplate() {
    try (InputStream in =
        AssessmentIsolationTest.class.getResourceAsStream(ChecklistTemplates.SHIPPED_TEMPLATE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Throwable failureOf(Runnable step) {
    return catchThrowable(step::run);
  }

  @Test
  void aTeamsRound_isARoundThatNeverExisted_forEveryoneOutsideTheTeamAndItsCoordinator() {
    Map<String, BiConsumer<Caller, UUID>> questions =
        Map.ofEntries(
            Map.entry("round", assessments::round),
            Map.entry("checklist", assessments::checklist),
            Map.entry("results", assessments::results),
            Map.entry("benchmark", assessments::benchmark),
            Map.entry("my answers", assessments::myAnswers),
            Map.entry(
                "save answers",
                (c, id) ->
                    assessments.saveAnswers(
                        c, id, Map.of("samenstelling-talen", Answer.step(3)), 0)),
            Map.entry("hand in", (c, id) -> assessments.submit(c, id, 0)),
            Map.entry("close", assessments::closeRound),
            Map.entry("action points", actionPoints::ofRound),
            Map.entry(
                "add action point",
                (c, id) ->
                    actionPoints.add(
                        c,
                        id,
                        new ActionPointInput(
                            "samenstelling",
                            Optional.empty(),
                            "x",
                            "piet",
                            LocalDate.of(2027, 1, 1),
                            null,
                            List.of()))));

    UUID never = UUID.randomUUID();
    for (Caller outsider : OUTSIDERS) {
      questions.forEach(
          (question, ask) -> {
            Throwable elsewhere = failureOf(() -> ask.accept(outsider, round.id()));
            Throwable nowhere = failureOf(() -> ask.accept(outsider, never));
            assertThat(elsewhere)
                .as(question + " for " + outsider.username())
                .isInstanceOf(UnknownResourceException.class)
                .hasFieldOrPropertyWithValue("kind", "assessment-round")
                .hasFieldOrPropertyWithValue("id", round.id().toString());
            assertThat(nowhere).isInstanceOf(UnknownResourceException.class);
          });
    }
  }

  @Test
  void aTeamsActionPoint_isOneThatNeverExisted_forEveryoneOutsideTheTeamAndItsCoordinator() {
    Map<String, BiConsumer<Caller, UUID>> questions =
        Map.of(
            "read", actionPoints::actionPoint,
            "change status", (c, id) -> actionPoints.changeStatus(c, id, ActionStatus.DONE, 0),
            "remove", (c, id) -> actionPoints.remove(c, id, 0));

    for (Caller outsider : OUTSIDERS) {
      questions.forEach(
          (question, ask) -> {
            Throwable elsewhere = failureOf(() -> ask.accept(outsider, point.id()));
            Throwable nowhere = failureOf(() -> ask.accept(outsider, UUID.randomUUID()));
            assertThat(elsewhere)
                .as(question + " for " + outsider.username())
                .isInstanceOf(UnknownResourceException.class)
                .hasFieldOrPropertyWithValue("kind", "action-point");
            assertThat(nowhere).isInstanceOf(UnknownResourceException.class);
          });
    }
    // A team is named within the caller's own municipality: Hilversum's team of the same code is
    // Hilversum's own, so only Zwolle's outsiders are asked about Zwolle-Zuid by name.
    for (Caller outsider : List.of(HOLTENBROEK, ZWOLLE_EXPERT, ADMIN)) {
      assertThat(failureOf(() -> assessments.trend(outsider, "zwolle-zuid")))
          .as("trend for " + outsider.username())
          .isInstanceOf(UnknownResourceException.class);
      assertThat(failureOf(() -> actionPoints.ofTeam(outsider, "zwolle-zuid")))
          .as("team's action points for " + outsider.username())
          .isInstanceOf(UnknownResourceException.class);
    }
  }

  @Test
  void nobodyButTheMemberReadsTheirAnswers_notTheCoordinator() {
    // The coordinator may see the round, but has no answers of their own and reads nobody else's
    assertThat(failureOf(() -> assessments.myAnswers(COORDINATOR, round.id())))
        .isInstanceOf(ActionNotAllowedException.class);
    // there is no way to name another member: the answers read are always the caller's own
    assertThat(
            java.util.Arrays.stream(AssessmentService.class.getMethods())
                .filter(m -> m.getReturnType() == MyAnswers.class)
                .map(m -> List.of(m.getParameterTypes())))
        .allSatisfy(parameters -> assertThat(parameters).doesNotContain(String.class));
  }

  @Test
  void theCoordinatorReadsButDoesNotChange_theTeamsActionPoints() {
    assertThat(failureOf(() -> actionPoints.remove(COORDINATOR, point.id(), 0)))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThat(failureOf(() -> assessments.closeRound(COORDINATOR, round.id())))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThat(failureOf(() -> actionPoints.remove(TEAM_LEAD, point.id(), 7)))
        .isInstanceOf(nl.brug.content.concurrency.StaleVersionException.class);
  }
}
