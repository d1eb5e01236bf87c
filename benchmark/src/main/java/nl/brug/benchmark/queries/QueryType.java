package nl.brug.benchmark.queries;

/** The kinds of query the benchmark asks, each in its own stratum (with and without a filter). */
public enum QueryType {
  /** One or two words from the rare tail of the vocabulary: few hits. */
  SELECTIVE("selective (rare terms)"),
  /** One or two of the commonest words that are not stop words: hits in 10–30% of items. */
  FREQUENT("frequent terms"),
  /** Three or four words of mixed frequency, any of which may match. */
  OR("OR of 3–4 terms"),
  /** Two or three consecutive words taken from an item's body. */
  PHRASE("phrase"),
  /** A word of six letters or more from an item, with one letter wrong. */
  TYPO("typo");

  private final String label;

  QueryType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
