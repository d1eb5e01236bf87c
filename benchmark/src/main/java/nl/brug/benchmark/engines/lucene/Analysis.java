package nl.brug.benchmark.engines.lucene;

import java.util.HashMap;
import java.util.Map;
import nl.brug.search.toolkit.SearchIndex;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Brug's own analysers, taken from its index by name, and which field uses which: the plain Lucene
 * index analyses every field exactly as Brug's mapping does.
 */
public final class Analysis {

  private final Analyzer dutch;
  private final Analyzer dutchIndex;
  private final Analyzer folded;
  private final Analyzer suggestIndex;
  private final Analyzer arabic;
  private final Analyzer english;

  public Analysis(SearchIndex brug) {
    this.dutch = brug.analyzer("dutch");
    this.dutchIndex = brug.analyzer("dutch_index");
    this.folded = brug.analyzer("folded");
    this.suggestIndex = brug.analyzer("suggest_index");
    this.arabic = brug.analyzer("arabic");
    this.english = brug.analyzer("english");
  }

  /** Per field, the analyser that indexes it. */
  Analyzer indexing() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (String field : RawDocuments.STEMMED) {
      fields.put(field, dutchIndex);
    }
    for (String field : RawDocuments.AS_WRITTEN) {
      fields.put(field, folded);
    }
    fields.put(RawDocuments.TITLE_SUGGEST, suggestIndex);
    fields.put(RawDocuments.ARABIC, arabic);
    fields.put(RawDocuments.ENGLISH, english);
    fields.put(RawDocuments.OTHER_LANGUAGES, folded);
    return new PerFieldAnalyzerWrapper(folded, fields);
  }

  /** The analyser a query on this field goes through (Brug's search analysers). */
  Analyzer searching(String field) {
    if (RawDocuments.STEMMED.contains(field)) {
      return dutch;
    }
    return switch (field) {
      case RawDocuments.ARABIC -> arabic;
      case RawDocuments.ENGLISH -> english;
      default -> folded;
    };
  }

  /**
   * The analyser the highlighter re-analyses a stored text with: the field's search analyser, as
   * Hibernate Search's plain highlighter uses.
   */
  Analyzer highlighting() {
    return dutch;
  }
}
