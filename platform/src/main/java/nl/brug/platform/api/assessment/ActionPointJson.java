package nl.brug.platform.api.assessment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionPointInput;
import nl.brug.content.assessment.ActionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An action point over REST.
 *
 * @param status "open", "bezig" or "afgerond"
 * @param toolkitItems slugs of toolkit items that help
 * @param overdue past its due date and not done
 */
@Schema(name = "ActionPoint")
public record ActionPointJson(
    UUID id,
    UUID roundId,
    String teamCode,
    String dimension,
    String item,
    String description,
    String owner,
    String ownerName,
    LocalDate dueOn,
    String status,
    List<String> toolkitItems,
    boolean overdue) {

  static ActionPointJson of(ActionPoint point) {
    return new ActionPointJson(
        point.id(),
        point.roundId().orElse(null),
        point.teamCode(),
        point.dimensionCode(),
        point.itemKey().orElse(null),
        point.description(),
        point.owner(),
        point.ownerName(),
        point.dueOn(),
        point.status().code(),
        point.toolkitSlugs(),
        point.overdue());
  }

  /** What a team lead sends to write down or change an action point. */
  @Schema(name = "ActionPointInput")
  public record Input(
      @NotNull(message = "Kies een dimensie van de checklist.") String dimension,
      String item,
      @NotNull(message = "Beschrijf het actiepunt.") String description,
      @NotNull(message = "Kies een eigenaar uit het team (gebruikersnaam).") String owner,
      @NotNull(message = "Geef een streefdatum (JJJJ-MM-DD).") LocalDate dueOn,
      String status,
      List<String> toolkitItems) {

    ActionPointInput parsed() {
      return new ActionPointInput(
          dimension,
          Optional.ofNullable(item),
          description,
          owner,
          dueOn,
          status == null ? ActionStatus.OPEN : ActionStatus.ofCode(status),
          toolkitItems);
    }
  }

  /** A new status. */
  @Schema(name = "ActionPointStatusChange")
  public record StatusChange(
      @NotNull(message = "Kies een status: open, bezig of afgerond.") String status) {}
}
