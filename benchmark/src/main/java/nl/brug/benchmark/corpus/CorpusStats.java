package nl.brug.benchmark.corpus;

/**
 * What the loaded corpus holds.
 *
 * @param items items stored
 * @param municipal items of one municipality (the rest are national)
 * @param visible items the benchmark's reader may see (national and their municipality's)
 * @param guides items with an interview guide
 * @param bodyWords words in all bodies together
 */
public record CorpusStats(long items, long municipal, long visible, long guides, long bodyWords) {

  /** Mean words per body. */
  public double meanBodyWords() {
    return items == 0 ? 0 : (double) bodyWords / items;
  }
}
