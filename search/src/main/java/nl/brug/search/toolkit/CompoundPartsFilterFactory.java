package nl.brug.search.toolkit;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Adds the parts of Dutch compounds after each compound, at the same position ({@link
 * CompoundWords#DUTCH}): "schuldhulpverlening" is also found as schuld, hulp and verlening, while
 * "geregeld" is never found as "geld". Public because Hibernate Search creates it by reflection.
 */
public final class CompoundPartsFilterFactory extends TokenFilterFactory {

  /** The shortest word worth trying: two parts of three letters. */
  private static final int MIN_WORD = 6;

  public CompoundPartsFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CompoundPartsFilter(input, CompoundWords.DUTCH);
  }

  private static final class CompoundPartsFilter extends CompoundWordTokenFilterBase {

    private final CompoundWords words;

    CompoundPartsFilter(TokenStream input, CompoundWords words) {
      super(input, null, MIN_WORD, DEFAULT_MIN_SUBWORD_SIZE, DEFAULT_MAX_SUBWORD_SIZE, false);
      this.words = words;
    }

    @Override
    protected void decompose() {
      String word = termAtt.toString();
      for (String part : words.allParts(word)) {
        tokens.add(new CompoundToken(word.indexOf(part), part.length()));
      }
    }
  }
}
