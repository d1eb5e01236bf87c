package nl.brug.search.toolkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.Caller;
import nl.brug.search.synonym.SynonymList;
import nl.brug.search.toolkit.QueryTerms.Concept;
import nl.brug.search.toolkit.SearchResults.Facet;
import nl.brug.search.toolkit.SearchResults.FacetCount;
import nl.brug.search.toolkit.SearchResults.Hit;
import nl.brug.search.toolkit.SearchResults.Suggestion;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;

/**
 * Searching the toolkit as a reader: free text over titles (weighted most), summaries, bodies,
 * interview questions and translations, with synonyms of the field, typo tolerance for longer words
 * (exact words rank first), facets with exact counts, highlighted snippets and "did you mean".
 * Visibility is part of every query: national items plus the reader's own municipality's.
 */
public final class ToolkitSearch {

  private static final int FACET_VALUES = 50;
  private static final int SUGGESTIONS = 8;

  /** Words at least this long are matched with typos (when no visible item has them as typed). */
  static final int FUZZY_MIN = 5;

  private final SearchIndex index;
  private final Supplier<SynonymList> synonyms;

  public ToolkitSearch(SearchIndex index, Supplier<SynonymList> synonyms) {
    this.index = index;
    this.synonyms = synonyms;
  }

  public SearchResults search(Caller caller, SearchRequest request) {
    List<Concept> concepts = QueryTerms.of(request.text(), synonyms.get());
    Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      keys.put(facet, AggregationKey.of(facet.field()));
    }
    try (SearchSession session = index.mapping().createSession()) {
      Set<String> unknown = unknownWords(session, caller, concepts);
      var query =
          session
              .search(ToolkitDocument.class)
              .select(
                  f ->
                      f.composite()
                          .from(
                              f.id(String.class),
                              f.field("slug", String.class),
                              f.field("title", String.class),
                              f.field("kind", String.class),
                              f.field("scope", String.class),
                              f.field("publishedAt", Instant.class),
                              f.field("summary", String.class),
                              f.highlight("questions"),
                              f.highlight("body"),
                              f.highlight("summary"))
                          .asList())
              .where(f -> f.bool().must(predicate(f, caller, request, concepts, unknown)))
              .highlighter(
                  h ->
                      h.plain()
                          .fragmentSize(180)
                          .numberOfFragments(1)
                          .tag("<mark>", "</mark>")
                          .encoder(HighlighterEncoder.HTML));
      for (Facet facet : Facet.values()) {
        query =
            query.aggregation(
                keys.get(facet),
                f ->
                    f.terms()
                        .field(facet.field(), String.class)
                        .orderByCountDescending()
                        .maxTermCount(FACET_VALUES));
      }
      query =
          request.order() == SearchRequest.Order.NEWEST || concepts.isEmpty()
              ? query.sort(f -> f.field("publishedAt").desc())
              : query.sort(f -> f.score().then().field("publishedAt").desc());
      SearchResult<List<?>> result = query.fetch(request.page() * request.size(), request.size());
      Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
      keys.forEach(
          (facet, key) ->
              facets.put(
                  facet,
                  result.aggregation(key).entrySet().stream()
                      .map(e -> new FacetCount(e.getKey(), e.getValue()))
                      .toList()));
      long total = result.total().hitCount();
      Optional<String> didYouMean =
          total == 0 && !concepts.isEmpty()
              ? didYouMean(session, caller, request.text())
              : Optional.empty();
      return new SearchResults(
          total, result.hits().stream().map(ToolkitSearch::hit).toList(), facets, didYouMean);
    }
  }

  /** Titles starting with what was typed so far, for the search box. */
  public List<Suggestion> suggest(Caller caller, String typed) {
    List<String> words =
        Arrays.stream(SynonymList.normalise(typed == null ? "" : typed).split(" "))
            .filter(w -> !w.isEmpty())
            .limit(6)
            .toList();
    if (words.isEmpty()) {
      return List.of();
    }
    try (SearchSession session = index.mapping().createSession()) {
      return session
          .search(ToolkitDocument.class)
          .select(
              f ->
                  f.composite()
                      .from(
                          f.id(String.class),
                          f.field("title", String.class),
                          f.field("kind", String.class))
                      .as((id, title, kind) -> new Suggestion(UUID.fromString(id), title, kind)))
          .where(
              f -> {
                BooleanPredicateClausesStep<?, ?> all = f.bool();
                words.forEach(w -> all.must(f.match().field("title_suggest").matching(w)));
                all.filter(visibleTo(f, caller));
                return all;
              })
          .sort(f -> f.score().then().field("publishedAt").desc())
          .fetchHits(SUGGESTIONS);
    }
  }

  /**
   * The typed words (five letters or more) that no item visible to the caller contains, as written
   * or stemmed: only these are matched with typos. A fuzzy match costs a walk through the index's
   * dictionary per field, so a word that is found as typed does not pay it; asking within the
   * caller's visibility keeps other municipalities' words from changing anyone's results.
   */
  private static Set<String> unknownWords(
      SearchSession session, Caller caller, List<Concept> concepts) {
    Set<String> unknown = new HashSet<>();
    for (Concept concept : concepts) {
      String term = concept.alternatives().get(0);
      if (term.length() < FUZZY_MIN || term.contains(" ")) {
        continue;
      }
      boolean found =
          session
                  .search(ToolkitDocument.class)
                  .where(
                      f ->
                          f.bool()
                              .filter(visibleTo(f, caller))
                              .must(
                                  f.bool()
                                      .should(stemmed(f).matching(term))
                                      .should(asWritten(f).matching(term))))
                  .totalHitCountThreshold(1)
                  .fetch(0)
                  .total()
                  .hitCountLowerBound()
              > 0;
      if (!found) {
        unknown.add(term);
      }
    }
    return unknown;
  }

  private static SearchPredicate predicate(
      SearchPredicateFactory f,
      Caller caller,
      SearchRequest request,
      List<Concept> concepts,
      Set<String> unknown) {
    BooleanPredicateClausesStep<?, ?> query = f.bool();
    query.filter(visibleTo(f, caller));
    filter(f, query, Facet.KIND, request.kind());
    filter(f, query, Facet.DOMAIN, request.domain());
    filter(f, query, Facet.THEME, request.theme());
    filter(f, query, Facet.TARGET_GROUP, request.targetGroup());
    filter(f, query, Facet.LANGUAGE, request.language());
    if (concepts.isEmpty()) {
      query.must(f.matchAll());
      return query.toPredicate();
    }
    BooleanPredicateClausesStep<?, ?> text = f.bool();
    concepts.forEach(c -> text.should(concept(f, c, unknown)));
    if (concepts.size() > 1) {
      String typed = String.join(" ", concepts.stream().map(Concept::typed).toList());
      text.should(
          f.phrase()
              .field("title")
              .boost(3)
              .field("summary")
              .field("body")
              .field("questions")
              .matching(typed)
              .slop(3)
              .boost(2));
    }
    text.minimumShouldMatchNumber(1);
    query.must(text);
    return query.toPredicate();
  }

  /** Visible items only: national ones, and those of the reader's own municipality. */
  private static SearchPredicate visibleTo(SearchPredicateFactory f, Caller caller) {
    AccessPolicy.MunicipalityScope scope = AccessPolicy.municipalityScope(caller);
    if (scope.every()) {
      return f.matchAll().toPredicate();
    }
    List<String> scopes = new ArrayList<>(scope.codes());
    scopes.add(ToolkitDocument.NATIONAL);
    return f.terms().field("scope").matchingAny(scopes).toPredicate();
  }

  private static void filter(
      SearchPredicateFactory f,
      BooleanPredicateClausesStep<?, ?> query,
      Facet facet,
      String value) {
    if (value != null && !value.isBlank()) {
      query.filter(f.match().field(facet.field()).matching(value));
    }
  }

  /**
   * One thing asked for, in any of its forms: stemmed (with compound parts), exactly as typed
   * (ranked higher), with a typo for a word of five letters or more that no visible item contains
   * (ranked lower), or, for a typed compound, all of its parts anywhere in the text ("geldgesprek"
   * finds "gesprek over geld").
   */
  private static SearchPredicate concept(
      SearchPredicateFactory f, Concept concept, Set<String> unknown) {
    BooleanPredicateClausesStep<?, ?> any = f.bool();
    for (int i = 0; i < concept.alternatives().size(); i++) {
      String term = concept.alternatives().get(i);
      float weight = i == 0 ? 1f : 0.8f;
      if (term.contains(" ")) {
        any.should(
            f.phrase()
                .field("title")
                .boost(4)
                .field("summary")
                .boost(2)
                .field("body")
                .field("questions")
                .field("theme_text")
                .boost(3)
                .matching(term)
                .boost(weight * 2));
        continue;
      }
      any.should(
          stemmed(f)
              .field("text_ar")
              .field("text_en")
              .field("text_other")
              .matching(term)
              .boost(weight));
      any.should(asWritten(f).matching(term).boost(weight * 1.5f));
      if (i == 0 && unknown.contains(term)) {
        any.should(asWritten(f).matching(term).fuzzy(term.length() >= 8 ? 2 : 1, 1).boost(0.3f));
      }
    }
    if (!concept.parts().isEmpty()) {
      BooleanPredicateClausesStep<?, ?> allParts = f.bool();
      concept.parts().forEach(part -> allParts.must(stemmed(f).matching(part)));
      any.should(allParts.boost(0.8f));
    }
    return any.toPredicate();
  }

  /** The Dutch texts, stemmed and with the parts of their compounds, titles weighted most. */
  private static MatchPredicateFieldMoreStep<?, ?> stemmed(SearchPredicateFactory f) {
    return f.match()
        .field("title")
        .boost(4)
        .field("summary")
        .boost(2)
        .field("body")
        .field("questions")
        .boost(1.5f)
        .field("theme_text")
        .boost(3)
        .field("target_group_text")
        .boost(2);
  }

  /** The texts as written (folded, not stemmed), weighted like their stemmed counterparts. */
  private static MatchPredicateFieldMoreStep<?, ?> asWritten(SearchPredicateFactory f) {
    return f.match()
        .field("title_plain")
        .boost(4)
        .field("summary_plain")
        .boost(2)
        .field("body_plain")
        .field("questions_plain");
  }

  /**
   * A correction for a query that found nothing, from words of items the reader can see: each word
   * of four letters or more is replaced by the closest word in the titles and summaries of the best
   * visible hits of a wider typo search.
   */
  private Optional<String> didYouMean(SearchSession session, Caller caller, String typed) {
    List<String> words =
        Arrays.stream(SynonymList.normalise(typed).split(" ")).filter(w -> !w.isEmpty()).toList();
    List<List<?>> near =
        session
            .search(ToolkitDocument.class)
            .select(f -> f.composite().from(f.field("title"), f.field("summary")).asList())
            .where(
                f -> {
                  BooleanPredicateClausesStep<?, ?> any = f.bool();
                  words.stream()
                      .filter(w -> w.length() >= 4)
                      .forEach(
                          w ->
                              any.should(
                                  f.match()
                                      .fields("title_plain", "summary_plain")
                                      .matching(w)
                                      .fuzzy(2, 0)));
                  any.filter(visibleTo(f, caller));
                  return any;
                })
            .fetchHits(5);
    if (near.isEmpty()) {
      return Optional.empty();
    }
    Set<String> vocabulary = new LinkedHashSet<>();
    near.forEach(
        hit ->
            hit.forEach(
                text ->
                    vocabulary.addAll(
                        Arrays.asList(SynonymList.normalise(String.valueOf(text)).split(" ")))));
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      String best = word;
      int bestDistance = word.length() >= 4 ? 3 : 1;
      for (String candidate : vocabulary) {
        int distance = distance(word, candidate);
        if (distance > 0 && distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
      changed |= !best.equals(word);
      corrected.add(best);
    }
    return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static Hit hit(List<?> row) {
    String summary = (String) row.get(6);
    String snippet = firstOf(row.get(7), row.get(8), row.get(9)).orElseGet(() -> escape(summary));
    String scope = (String) row.get(4);
    return new Hit(
        UUID.fromString((String) row.get(0)),
        (String) row.get(1),
        (String) row.get(2),
        (String) row.get(3),
        ToolkitDocument.NATIONAL.equals(scope) ? null : scope,
        (Instant) row.get(5),
        summary,
        snippet);
  }

  private static Optional<String> firstOf(Object... highlights) {
    for (Object highlight : highlights) {
      if (highlight instanceof List<?> fragments && !fragments.isEmpty()) {
        return Optional.of(String.valueOf(fragments.get(0)));
      }
    }
    return Optional.empty();
  }

  /** Summary text as HTML text when no snippet matched: nothing in it becomes markup. */
  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;");
  }
}
