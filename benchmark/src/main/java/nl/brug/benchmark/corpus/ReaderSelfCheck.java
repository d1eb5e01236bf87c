package nl.brug.benchmark.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.boundary.PublishedToolkitReader;
import nl.brug.content.toolkit.entity.ToolkitKind;

/**
 * Proves the corpus is stored exactly as the application stores it: Brug's own {@link
 * PublishedToolkitReader} must count every item and read a sample back equal to what was generated
 * (national, municipal and interview-guide items among them). Fails loudly otherwise, so no
 * benchmark runs on data Brug would read differently.
 */
public final class ReaderSelfCheck {

  private static final int SAMPLE = 40;

  private ReaderSelfCheck() {}

  public static void check(PublishedToolkitReader reader, CorpusGenerator generator, int size) {
    long count = reader.count();
    if (count != size) {
      throw new IllegalStateException(
          "Self-check failed: PublishedToolkitReader counts " + count + " items, expected " + size);
    }
    List<PublishedToolkitItem> expected = new ArrayList<>();
    for (int i = 0; i < size && expected.size() < SAMPLE; i += Math.max(1, size / SAMPLE)) {
      expected.add(generator.item(i).published());
    }
    Map<UUID, PublishedToolkitItem> read =
        reader.read(expected.stream().map(PublishedToolkitItem::id).toList()).stream()
            .collect(Collectors.toMap(PublishedToolkitItem::id, Function.identity()));
    for (PublishedToolkitItem item : expected) {
      PublishedToolkitItem back = read.get(item.id());
      if (!item.equals(back)) {
        throw new IllegalStateException(
            "Self-check failed: item "
                + item.slug()
                + " reads back differently.\nexpected: "
                + item
                + "\nread:     "
                + back);
      }
    }
    requireSome(expected, i -> i.municipalityCode() != null, "municipal");
    requireSome(expected, i -> i.kind() == ToolkitKind.INTERVIEW_GUIDE, "interview-guide");
    requireSome(
        expected, i -> !i.content().guide().isEmpty(), "interview-guide items with questions");
  }

  private static void requireSome(
      List<PublishedToolkitItem> items,
      java.util.function.Predicate<PublishedToolkitItem> test,
      String what) {
    if (items.size() >= SAMPLE && items.stream().noneMatch(test)) {
      throw new IllegalStateException("Self-check failed: the sample has no " + what + " items");
    }
  }
}
