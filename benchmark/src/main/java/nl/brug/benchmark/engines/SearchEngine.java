package nl.brug.benchmark.engines;

import nl.brug.benchmark.queries.BenchQuery;

/** One way to answer a toolkit search: a page of 20 hits with snippets and the number of hits. */
public interface SearchEngine {

  /** The short name in tables, e.g. {@code Brug}. */
  String name();

  /** Answers the query as the reader of {@link #READER_MUNICIPALITY} would see it. */
  Answer search(BenchQuery query) throws Exception;

  /** The municipality of the reader every query is asked for: its items and national ones. */
  String READER_MUNICIPALITY = "GM0193";

  /** Size of the page asked for. */
  int PAGE = 20;
}
