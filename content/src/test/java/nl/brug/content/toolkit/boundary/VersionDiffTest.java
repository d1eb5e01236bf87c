package nl.brug.content.toolkit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.brug.content.toolkit.boundary.VersionDiff.Change;
import nl.brug.content.toolkit.boundary.VersionDiff.Line;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

  private static ItemContent content(String title, String body, Set<LifeDomain> domains) {
    return new ItemContent(
        title, "Kort", body, domains, List.of(), List.of(), null, List.of(), null);
  }

  @Test
  void changedLinesShowAsRemovedThenAdded_unchangedOnesStay() {
    List<Line> diff =
        VersionDiff.between(
            content("Tolk", "een\ntwee\ndrie", Set.of(LifeDomain.TAAL)),
            content("Tolk of taalhulp", "een\n2\ndrie\nvier", Set.of(LifeDomain.TAAL)));

    assertThat(diff)
        .contains(
            new Line(Change.REMOVED, "Titel: Tolk"),
            new Line(Change.ADDED, "Titel: Tolk of taalhulp"),
            new Line(Change.SAME, "een"),
            new Line(Change.REMOVED, "twee"),
            new Line(Change.ADDED, "2"),
            new Line(Change.SAME, "drie"),
            new Line(Change.ADDED, "vier"));
    assertThat(diff.indexOf(new Line(Change.REMOVED, "twee")))
        .isLessThan(diff.indexOf(new Line(Change.ADDED, "2")));
  }

  @Test
  void identicalVersions_haveNoChanges() {
    ItemContent same = content("Tolk", "tekst", Set.of(LifeDomain.TAAL, LifeDomain.SOCIAAL));

    assertThat(VersionDiff.between(same, same)).allMatch(l -> l.change() == Change.SAME);
  }

  @Test
  void metadataChangesAreVisible() {
    List<Line> diff =
        VersionDiff.between(
            content("Tolk", "x", Set.of(LifeDomain.TAAL)),
            content("Tolk", "x", Set.of(LifeDomain.TAAL, LifeDomain.GEEST)));

    assertThat(diff).contains(new Line(Change.ADDED, "Levensdomeinen: geest, taal"));
  }
}
