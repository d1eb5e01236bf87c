package nl.brug.content.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A round as its team and coordinator see it: never anyone's answers.
 *
 * @param submitted how many members handed in their answers
 */
public record RoundSummary(
    UUID id,
    String municipalityCode,
    String teamCode,
    String templateCode,
    int templateVersion,
    String title,
    String period,
    LocalDate closesOn,
    boolean open,
    int submitted) {}
