package nl.brug.content.toolkit.boundary;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.brug.content.toolkit.entity.ItemContent;

/**
 * A readable line-by-line difference between two versions of an item: metadata first, then the
 * text. Unchanged lines are kept so a reader sees the context.
 */
public final class VersionDiff {

  /** How a line differs. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  /** One line of the difference. */
  public record Line(Change change, String text) {}

  private VersionDiff() {}

  public static List<Line> between(ItemContent older, ItemContent newer) {
    List<String> before = lines(older);
    List<String> after = lines(newer);
    Patch<String> patch = DiffUtils.diff(before, after);
    List<Line> result = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      before.subList(position, start).forEach(l -> result.add(new Line(Change.SAME, l)));
      delta.getSource().getLines().forEach(l -> result.add(new Line(Change.REMOVED, l)));
      delta.getTarget().getLines().forEach(l -> result.add(new Line(Change.ADDED, l)));
      position = start + delta.getSource().size();
    }
    before.subList(position, before.size()).forEach(l -> result.add(new Line(Change.SAME, l)));
    return result;
  }

  /** The content as lines, with Dutch labels for the metadata. */
  static List<String> lines(ItemContent content) {
    List<String> lines = new ArrayList<>();
    lines.add("Titel: " + content.title());
    lines.add("Samenvatting: " + content.summary());
    lines.add(
        "Levensdomeinen: "
            + content.lifeDomains().stream()
                .sorted()
                .map(Enum::name)
                .map(String::toLowerCase)
                .collect(Collectors.joining(", ")));
    lines.add("Thema's: " + String.join(", ", content.themes()));
    lines.add("Doelgroepen: " + String.join(", ", content.targetGroups()));
    lines.add(
        "Onderbouwing: "
            + (content.evidenceLevel() == null
                ? ""
                : content.evidenceLevel().name().toLowerCase()));
    lines.add("Bronnen: " + String.join("; ", content.sources()));
    lines.add("Herzien vóór: " + (content.reviewBy() == null ? "" : content.reviewBy()));
    lines.add("");
    lines.addAll(content.body().lines().toList());
    return lines;
  }
}
