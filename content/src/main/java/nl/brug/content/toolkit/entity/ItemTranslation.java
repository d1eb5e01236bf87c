package nl.brug.content.toolkit.entity;

/** An item's title, summary and Markdown body in another language, with how far it is trusted. */
public record ItemTranslation(String title, String summary, String body, TranslationStatus status) {

  public ItemTranslation {
    ContentLimits.text(
        title, "translations.title", "De vertaalde titel", ItemContent.MAX_TITLE_LENGTH);
    summary = summary == null ? "" : summary;
    ContentLimits.maxLength(
        summary,
        "translations.summary",
        "De vertaalde samenvatting",
        ItemContent.MAX_SUMMARY_LENGTH);
    body = body == null ? "" : body;
    ContentLimits.maxLength(
        body, "translations.body", "De vertaalde tekst", ItemContent.MAX_BODY_LENGTH);
    status = status == null ? TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW : status;
  }
}
