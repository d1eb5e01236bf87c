package nl.brug.search.toolkit;

/**
 * A search as asked: free text (may be empty to browse with filters), filters by facet value
 * ({@code null} = any), order and page.
 */
public record SearchRequest(
    String text,
    String kind,
    String domain,
    String theme,
    String targetGroup,
    String language,
    Order order,
    int page,
    int size) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_TEXT = 200;

  /** How hits are ordered. */
  public enum Order {
    RELEVANCE,
    NEWEST
  }

  public SearchRequest {
    text = text == null ? "" : text.strip();
    order = order == null ? Order.RELEVANCE : order;
    if (page < 0) {
      throw new IllegalArgumentException("page < 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size out of 1.." + MAX_SIZE);
    }
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
  }

  /** Free text only, first page of 20, by relevance. */
  public static SearchRequest of(String text) {
    return new SearchRequest(text, null, null, null, null, null, Order.RELEVANCE, 0, 20);
  }
}
