package nl.brug.content.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Checks the input against the round's checklist, the team and the toolkit, naming the first
   * mistake in Dutch.
   *
   * @param teamMembers usernames of the team's members (the owner must be one)
   * @param publishedSlugs the linked slugs that are published items the caller may see
   * @throws InvalidAssessmentInputException for the first mistake
   */
  public void check(Checklist checklist, Set<String> teamMembers, Set<String> publishedSlugs) {
    if (dimensionCode == null || checklist.dimension(dimensionCode).isEmpty()) {
      throw new InvalidAssessmentInputException(
          "refusal.actionPoint.dimension", "Kies een dimensie van de checklist van deze ronde.");
    }
    if (itemKey.isPresent()) {
      String key = itemKey.get();
      ChecklistItem item =
          checklist
              .item(key)
              .orElseThrow(
                  () ->
                      new InvalidAssessmentInputException(
                          "refusal.answers.unknownStatement",
                          "De stelling '" + key + "' hoort niet bij deze ronde.",
                          key));
      if (!item.dimensionCode().equals(dimensionCode)) {
        throw new InvalidAssessmentInputException(
            "refusal.actionPoint.otherDimension",
            "De stelling '" + key + "' hoort bij een andere dimensie.",
            key);
      }
    }
    String text = description == null ? "" : description.strip();
    if (text.isEmpty() || text.length() > ActionPointService.MAX_DESCRIPTION) {
      throw new InvalidAssessmentInputException(
          "refusal.actionPoint.description",
          "Beschrijf het actiepunt in hoogstens " + ActionPointService.MAX_DESCRIPTION + " tekens.",
          ActionPointService.MAX_DESCRIPTION);
    }
    if (dueOn == null) {
      throw new InvalidAssessmentInputException(
          "refusal.actionPoint.noDueDate", "Geef een streefdatum.");
    }
    if (owner == null || !teamMembers.contains(owner)) {
      throw new InvalidAssessmentInputException(
          "refusal.actionPoint.owner",
          "Kies als eigenaar iemand uit het team (een collega die al eens heeft ingelogd).");
    }
    if (toolkitSlugs.size() > ActionPointService.MAX_TOOLKIT_ITEMS) {
      throw new InvalidAssessmentInputException(
          "refusal.actionPoint.tooManyLinks",
          "Koppel hoogstens "
              + ActionPointService.MAX_TOOLKIT_ITEMS
              + " onderdelen uit de toolkit.",
          ActionPointService.MAX_TOOLKIT_ITEMS);
    }
    toolkitSlugs.stream()
        .filter(slug -> !publishedSlugs.contains(slug))
        .findFirst()
        .ifPresent(
            slug -> {
              throw new InvalidAssessmentInputException(
                  "refusal.actionPoint.notPublished",
                  "'" + slug + "' is geen gepubliceerd onderdeel van de toolkit.",
                  slug);
            });
  }
}
