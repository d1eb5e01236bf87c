package nl.brug.content.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Something a team agreed to do after a round, about one dimension or one statement of the
 * checklist.
 *
 * @param roundId the round it came from, if any
 * @param dimensionCode the dimension it improves
 * @param itemKey the statement it improves, when it is about one statement
 * @param owner the username of the member who sees to it
 * @param ownerName the owner's name as the team knows it
 * @param toolkitSlugs toolkit items that help, by slug
 * @param overdue the due date passed and it is not done
 * @param version for optimistic locking (If-Match)
 */
public record ActionPoint(
    UUID id,
    String municipalityCode,
    String teamCode,
    Optional<UUID> roundId,
    String dimensionCode,
    Optional<String> itemKey,
    String description,
    String owner,
    String ownerName,
    LocalDate dueOn,
    ActionStatus status,
    List<String> toolkitSlugs,
    boolean overdue,
    long version) {

  public ActionPoint {
    toolkitSlugs = List.copyOf(toolkitSlugs);
  }
}
