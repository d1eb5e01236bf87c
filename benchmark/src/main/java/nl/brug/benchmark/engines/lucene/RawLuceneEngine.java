package nl.brug.benchmark.engines.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.brug.benchmark.engines.Answer;
import nl.brug.benchmark.engines.SearchEngine;
import nl.brug.benchmark.measurement.Latencies;
import nl.brug.benchmark.queries.BenchQuery;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor: plain Lucene over the same documents and analysis, the same query and filters, the top
 * 20 by score (then newest) with the exact number of hits, and the same snippets (Lucene's plain
 * highlighter with a query scorer, span fragmenter, 180 characters, one fragment, HTML-encoded, on
 * questions, body and summary) — but no facets, no framework.
 */
public final class RawLuceneEngine implements SearchEngine, AutoCloseable {

  private static final int FRAGMENT = 180;
  private static final List<String> SNIPPET_FIELDS =
      List.of(RawDocuments.QUESTIONS, RawDocuments.BODY, RawDocuments.SUMMARY);
  private static final Sort RELEVANCE =
      new Sort(
          SortField.FIELD_SCORE,
          new SortedNumericSortField(RawDocuments.PUBLISHED_AT, SortField.Type.LONG, true));

  /** Breakdown entries: searching, and making the page (stored fields and snippets). */
  public static final String SEARCH = "search and count";

  public static final String SNIPPETS = "page with snippets";
  public static final String SEARCH_WHOLE_QUERY = "diagnosis: search";
  public static final String SEARCH_WITHOUT_TYPOS = "diagnosis: search without typo clauses";
  public static final String PAGE_WITH_SNIPPETS = "diagnosis: page";
  public static final String PAGE_WITHOUT_SNIPPETS = "diagnosis: page without snippets";

  private final Latencies breakdown = new Latencies();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final RawQuery queries;
  private final Analysis analysis;

  public RawLuceneEngine(Path directory, Analysis analysis) throws IOException {
    this.reader = DirectoryReader.open(FSDirectory.open(directory));
    this.searcher = new IndexSearcher(reader);
    this.queries = new RawQuery(analysis);
    this.analysis = analysis;
  }

  @Override
  public String name() {
    return "raw Lucene";
  }

  @Override
  public Answer search(BenchQuery benchQuery) throws IOException, InvalidTokenOffsetsException {
    long started = System.nanoTime();
    Query query = query(benchQuery, true);
    TopFieldDocs top = top(query);
    long searched = System.nanoTime();
    Answer answer = page(query, top);
    breakdown.add(SEARCH, benchQuery.stratum(), searched - started);
    breakdown.add(SNIPPETS, benchQuery.stratum(), System.nanoTime() - searched);
    return answer;
  }

  /**
   * For diagnosis, not measured with the engines: answers the query again, timing the search with
   * and without the query's typo (fuzzy) clauses, and the page with and without its snippets.
   */
  public void diagnose(BenchQuery benchQuery) throws IOException, InvalidTokenOffsetsException {
    Query query = query(benchQuery, true);
    long started = System.nanoTime();
    TopFieldDocs top = top(query);
    long searched = System.nanoTime();
    top(query(benchQuery, false));
    long searchedWithoutTypos = System.nanoTime();
    page(query, top);
    long paged = System.nanoTime();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      stored.document(hit.doc);
    }
    long storedOnly = System.nanoTime();
    breakdown.add(SEARCH_WHOLE_QUERY, benchQuery.stratum(), searched - started);
    breakdown.add(SEARCH_WITHOUT_TYPOS, benchQuery.stratum(), searchedWithoutTypos - searched);
    breakdown.add(PAGE_WITH_SNIPPETS, benchQuery.stratum(), paged - searchedWithoutTypos);
    breakdown.add(PAGE_WITHOUT_SNIPPETS, benchQuery.stratum(), storedOnly - paged);
  }

  /**
   * Where the floor's time went, per stratum: {@link #SEARCH} (query, top 20, exact count) and
   * {@link #SNIPPETS} (stored fields and snippets of the page) while measured; the others from
   * {@link #diagnose}.
   */
  public Latencies breakdown() {
    return breakdown;
  }

  private Query query(BenchQuery q, boolean typos) throws IOException {
    return queries.build(searcher, q.text(), q.kind(), q.domain(), READER_MUNICIPALITY, typos);
  }

  private TopFieldDocs top(Query query) throws IOException {
    return searcher.search(
        query, new TopFieldCollectorManager(RELEVANCE, PAGE, null, Integer.MAX_VALUE, false));
  }

  /** The page: each hit's stored fields and its snippet, highlighting with {@code query}. */
  private Answer page(Query query, TopFieldDocs top)
      throws IOException, InvalidTokenOffsetsException {
    List<Highlighter> highlighters = new ArrayList<>();
    for (String field : SNIPPET_FIELDS) {
      highlighters.add(highlighter(query, field));
    }
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>();
    int highlighted = 0;
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc);
      ids.add(doc.get(RawDocuments.ID));
      String snippet = null;
      for (int i = 0; i < SNIPPET_FIELDS.size(); i++) {
        String fragment = snippet(highlighters.get(i), SNIPPET_FIELDS.get(i), doc);
        snippet = snippet == null ? fragment : snippet;
      }
      if (snippet == null) {
        snippet = new SimpleHTMLEncoder().encodeText(doc.get(RawDocuments.SUMMARY));
      }
      highlighted += Answer.marks(snippet) ? 1 : 0;
    }
    return new Answer(top.totalHits.value, ids, highlighted);
  }

  private static Highlighter highlighter(Query query, String field) {
    QueryScorer scorer = new QueryScorer(query, field);
    scorer.setExpandMultiTermQuery(true);
    Highlighter highlighter =
        new Highlighter(
            new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
    highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
    highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
    return highlighter;
  }

  /**
   * The best fragment of the field, or {@code null} when nothing in it matched. Like Brug, every
   * snippet field of every hit is highlighted; the first that matched is shown.
   */
  private String snippet(Highlighter highlighter, String field, Document doc)
      throws IOException, InvalidTokenOffsetsException {
    String text = doc.get(field);
    if (text == null || text.isEmpty()) {
      return null;
    }
    TextFragment[] best =
        highlighter.getBestTextFragments(
            analysis.highlighting().tokenStream(field, text), text, false, 1);
    for (TextFragment fragment : best) {
      if (fragment != null && fragment.getScore() > 0) {
        return fragment.toString();
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
