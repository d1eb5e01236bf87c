package nl.brug.search.toolkit;

import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text becomes terms. Dutch: lower case, Dutch stop words, accents folded ("geïntegreerd" =
 * "geintegreerd"), Snowball stemming ("schulden" = "schuld", "situaties" = "situatie"); when
 * indexing, compounds also yield their parts from a dictionary ("schuldhulpverlening" → schuld,
 * hulp, verlening), only when the whole word is made of parts ({@link CompoundWords}: "geregeld"
 * does not yield "geld"). Translations have their own analysers (Arabic normalisation and stemming,
 * English stemming).
 */
final class BrugAnalysis implements LuceneAnalysisConfigurer {

  static final String DUTCH = "dutch";
  static final String DUTCH_INDEX = "dutch_index";
  static final String FOLDED = "folded";
  static final String SUGGEST_INDEX = "suggest_index";
  static final String ARABIC = "arabic";
  static final String ENGLISH = "english";

  static final String DUTCH_STOP_WORDS = "org/apache/lucene/analysis/snowball/dutch_stop.txt";
  static final String COMPOUND_PARTS = "nl/brug/search/compound-parts.txt";

  /**
   * Plurals of words in -ie that Snowball leaves apart from their singular: "organisaties" and
   * "categorieën" (folded) become "organisatie" and "categorie" before stemming.
   */
  static final String PLURAL_OF_IE = "^(\\p{L}{2,}ie)(s|en)$";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(DUTCH)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
        .param("words", DUTCH_STOP_WORDS)
        .param("format", "snowball")
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(PatternReplaceFilterFactory.class)
        .param("pattern", PLURAL_OF_IE)
        .param("replacement", "$1")
        .tokenFilter(SnowballPorterFilterFactory.class)
        .param("language", "Dutch");
    context
        .analyzer(DUTCH_INDEX)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
        .param("words", DUTCH_STOP_WORDS)
        .param("format", "snowball")
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(CompoundPartsFilterFactory.class)
        .tokenFilter(PatternReplaceFilterFactory.class)
        .param("pattern", PLURAL_OF_IE)
        .param("replacement", "$1")
        .tokenFilter(SnowballPorterFilterFactory.class)
        .param("language", "Dutch");
    context
        .analyzer(FOLDED)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
    context
        .analyzer(SUGGEST_INDEX)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(EdgeNGramFilterFactory.class)
        .param("minGramSize", "1")
        .param("maxGramSize", "25")
        .param("preserveOriginal", "true");
    context
        .analyzer(ARABIC)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(DecimalDigitFilterFactory.class)
        .tokenFilter(ArabicNormalizationFilterFactory.class)
        .tokenFilter(ArabicStemFilterFactory.class);
    context
        .analyzer(ENGLISH)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(EnglishPossessiveFilterFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
        .tokenFilter(PorterStemFilterFactory.class);
  }
}
