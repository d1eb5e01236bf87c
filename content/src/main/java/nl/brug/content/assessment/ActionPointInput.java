package nl.brug.content.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a team lead writes down for an action point, about the checklist of the round it follows
 * from.
 *
 * @param dimensionCode the dimension it improves
 * @param itemKey the statement it improves, when it is about one
 * @param owner the username of the team member who sees to it
 * @param toolkitSlugs toolkit items that help, by slug
 */
public record ActionPointInput(
    String dimensionCode,
    Optional<String> itemKey,
    String description,
    String owner,
    LocalDate dueOn,
    ActionStatus status,
    List<String> toolkitSlugs) {

  public ActionPointInput {
    itemKey = itemKey == null ? Optional.empty() : itemKey.filter(k -> !k.isBlank());
    status = status == null ? ActionStatus.OPEN : status;
    toolkitSlugs =
        toolkitSlugs == null
            ? List.of()
            : toolkitSlugs.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
  }
}
