package nl.brug.search.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IndexDifferenceTest {

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

  @Test
  void theSameCountWithAnOlderVersion_isADifference() {
    IndexDifference difference = IndexDifference.between(Map.of(A, 1, B, 3), Map.of(A, 1, B, 2));

    assertThat(difference.isEmpty()).isFalse();
    assertThat(difference.outdated()).containsExactly(B);
    assertThat(difference.ids()).containsExactly(B);
  }

  @Test
  void theSameCountWithAnotherItem_isAMissingAndAWithdrawnOne() {
    IndexDifference difference = IndexDifference.between(Map.of(A, 1, B, 1), Map.of(A, 1, C, 1));

    assertThat(difference.missing()).containsExactly(B);
    assertThat(difference.withdrawn()).containsExactly(C);
    assertThat(difference.outdated()).isEmpty();
    assertThat(difference.ids()).containsExactly(B, C);
  }

  @Test
  void theSameItemsInTheSameVersions_isNoDifference() {
    IndexDifference difference = IndexDifference.between(Map.of(A, 1, B, 2), Map.of(A, 1, B, 2));

    assertThat(difference.isEmpty()).isTrue();
    assertThat(difference.published()).isEqualTo(2);
    assertThat(difference.ids()).isEmpty();
  }
}
