package nl.brug.benchmark.engines.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.brug.search.synonym.SynonymList;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The same Lucene query Brug's search builds (the structure its query string shows): every word of
 * the text, with its synonyms, in any field (stemmed, as written, or with a typo), weighted as Brug
 * weights them, plus a phrase boost for several words; national and the reader's own municipality's
 * items only; facet filters as filters. Written against plain Lucene here.
 */
final class RawQuery {

  private static final String SYNONYMS = "nl/brug/search/synonyms-default.txt";
  private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/dutch_stop.txt";

  /** Stemmed fields and their weights for one word. */
  private static final Map<String, Float> MATCH_FIELDS =
      linked(
          RawDocuments.TITLE, 4f,
          RawDocuments.SUMMARY, 2f,
          RawDocuments.BODY, 1f,
          RawDocuments.QUESTIONS, 1.5f,
          RawDocuments.THEME_TEXT, 3f,
          RawDocuments.TARGET_GROUP_TEXT, 2f,
          RawDocuments.ARABIC, 1f,
          RawDocuments.ENGLISH, 1f,
          RawDocuments.OTHER_LANGUAGES, 1f);

  /** Fields and weights for a synonym of several words. */
  private static final Map<String, Float> PHRASE_FIELDS =
      linked(
          RawDocuments.TITLE, 4f,
          RawDocuments.SUMMARY, 2f,
          RawDocuments.BODY, 1f,
          RawDocuments.QUESTIONS, 1f,
          RawDocuments.THEME_TEXT, 3f);

  /** The texts as written. */
  private static final Map<String, Float> AS_WRITTEN =
      linked(
          RawDocuments.TITLE_PLAIN, 4f,
          RawDocuments.SUMMARY_PLAIN, 2f,
          RawDocuments.BODY_PLAIN, 1f,
          RawDocuments.QUESTIONS_PLAIN, 1f);

  /** The phrase of all typed words, when there are several. */
  private static final Map<String, Float> ALL_WORDS_PHRASE =
      linked(
          RawDocuments.TITLE, 3f,
          RawDocuments.SUMMARY, 1f,
          RawDocuments.BODY, 1f,
          RawDocuments.QUESTIONS, 1f);

  private final Analysis analysis;
  private final SynonymList synonyms = synonyms();
  private final CharArraySet stopWords = stopWords();

  RawQuery(Analysis analysis) {
    this.analysis = analysis;
  }

  /**
   * Whether an item visible in {@code municipality} has the word as written or stemmed; Brug
   * matches only the words that none has with typos (see {@code ToolkitSearch.unknownWords}).
   */
  boolean known(IndexSearcher searcher, String term, String municipality) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(match(MATCH_FIELDS, term, 1f), Occur.SHOULD);
    any.add(match(AS_WRITTEN, term, 1f), Occur.SHOULD);
    Query visible =
        new BooleanQuery.Builder()
            .add(scope(municipality), Occur.FILTER)
            .add(any.build(), Occur.MUST)
            .build();
    return searcher.search(visible, 1).totalHits.value > 0;
  }

  private static Query scope(String municipality) {
    return new ConstantScoreQuery(
        new TermInSetQuery(
            RawDocuments.SCOPE,
            List.of(new BytesRef(municipality), new BytesRef(RawDocuments.NATIONAL))));
  }

  /**
   * The query, or for diagnosis without its typo (fuzzy) clauses ({@code typos} false): what the
   * highlighter would have to expand if snippets were made from the exact and stemmed words only.
   */
  Query build(
      IndexSearcher searcher,
      String text,
      String kind,
      String domain,
      String municipality,
      boolean typos)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(scope(municipality), Occur.FILTER);
    if (kind != null) {
      query.add(new TermQuery(new Term(RawDocuments.KIND, kind)), Occur.FILTER);
    }
    if (domain != null) {
      query.add(new TermQuery(new Term(RawDocuments.DOMAIN, domain)), Occur.FILTER);
    }
    List<List<String>> concepts = concepts(text);
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (List<String> concept : concepts) {
      String typed = concept.get(0);
      boolean fuzzy =
          typos
              && typed.length() >= 5
              && !typed.contains(" ")
              && !known(searcher, typed, municipality);
      words.add(concept(concept, fuzzy), Occur.SHOULD);
    }
    if (concepts.size() > 1) {
      String typed = String.join(" ", concepts.stream().map(c -> c.get(0)).toList());
      words.add(phrase(ALL_WORDS_PHRASE, typed, 3, 2f), Occur.SHOULD);
    }
    words.setMinimumNumberShouldMatch(1);
    query.add(words.build(), Occur.MUST);
    return new BooleanQuery.Builder().add(query.build(), Occur.MUST).build();
  }

  /** One word or synonym group, in any of its forms; with typos only when {@code typos}. */
  private Query concept(List<String> alternatives, boolean typos) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (int i = 0; i < alternatives.size(); i++) {
      String term = alternatives.get(i);
      float weight = i == 0 ? 1f : 0.8f;
      if (term.contains(" ")) {
        any.add(phrase(PHRASE_FIELDS, term, 0, weight * 2), Occur.SHOULD);
        continue;
      }
      any.add(match(MATCH_FIELDS, term, weight), Occur.SHOULD);
      any.add(match(AS_WRITTEN, term, weight * 1.5f), Occur.SHOULD);
      if (typos && i == 0) {
        any.add(fuzzy(term, term.length() >= 8 ? 2 : 1, 0.3f), Occur.SHOULD);
      }
    }
    return any.build();
  }

  private Query match(Map<String, Float> fields, String term, float boost) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    fields.forEach(
        (field, weight) -> {
          Query q = new QueryBuilder(analysis.searching(field)).createBooleanQuery(field, term);
          if (q != null) {
            any.add(new BoostQuery(q, weight * boost), Occur.SHOULD);
          }
        });
    return any.build();
  }

  private Query phrase(Map<String, Float> fields, String text, int slop, float boost) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    fields.forEach(
        (field, weight) -> {
          Query q =
              new QueryBuilder(analysis.searching(field)).createPhraseQuery(field, text, slop);
          if (q != null) {
            any.add(new BoostQuery(q, weight * boost), Occur.SHOULD);
          }
        });
    return any.build();
  }

  private Query fuzzy(String term, int edits, float boost) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    AS_WRITTEN.forEach(
        (field, weight) -> {
          for (String token : tokens(field, term)) {
            any.add(
                new BoostQuery(new FuzzyQuery(new Term(field, token), edits, 1), weight * boost),
                Occur.SHOULD);
          }
        });
    return any.build();
  }

  private List<String> tokens(String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analysis.searching(field).tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /**
   * What was typed as concepts, as Brug reads it: the longest synonym-list phrase at each word, or
   * the word itself unless it is a stop word; each concept lists what was typed first.
   */
  List<List<String>> concepts(String text) {
    List<String> words =
        Arrays.stream(SynonymList.normalise(text).split(" ")).filter(w -> !w.isEmpty()).toList();
    List<List<String>> concepts = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = 1;
      List<String> concept = null;
      for (int n = Math.min(SynonymList.MAX_WORDS, words.size() - i); n >= 1; n--) {
        String phrase = String.join(" ", words.subList(i, i + n));
        Optional<List<String>> others = synonyms.alternativesOf(phrase);
        if (others.isPresent()) {
          concept = new ArrayList<>();
          concept.add(phrase);
          concept.addAll(others.get());
          taken = n;
          break;
        }
      }
      if (concept == null && !stopWords.contains(words.get(i))) {
        concept = List.of(words.get(i));
      }
      if (concept != null) {
        concepts.add(concept);
      }
      i += taken;
    }
    return concepts;
  }

  private static SynonymList synonyms() {
    try (InputStream in = RawQuery.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
      if (in == null) {
        throw new IllegalStateException("Brug's default synonym list is not on the class path");
      }
      return SynonymList.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CharArraySet stopWords() {
    try (InputStream in = RawQuery.class.getClassLoader().getResourceAsStream(STOP_WORDS)) {
      return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Float> linked(Object... fieldsAndWeights) {
    Map<String, Float> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < fieldsAndWeights.length; i += 2) {
      map.put((String) fieldsAndWeights[i], (Float) fieldsAndWeights[i + 1]);
    }
    return map;
  }
}
