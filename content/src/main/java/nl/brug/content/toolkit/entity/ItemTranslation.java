package nl.brug.content.toolkit.entity;

import java.util.Objects;

/** An item's title, summary and Markdown body in another language, with how far it is trusted. */
public record ItemTranslation(String title, String summary, String body, TranslationStatus status) {

  public ItemTranslation {
    Objects.requireNonNull(title, "title");
    summary = summary == null ? "" : summary;
    body = body == null ? "" : body;
    status = status == null ? TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW : status;
  }
}
