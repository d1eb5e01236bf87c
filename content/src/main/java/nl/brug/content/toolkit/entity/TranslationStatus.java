package nl.brug.content.toolkit.entity;

/** How far a translation can be trusted. Readers see a draft translation marked as such. */
public enum TranslationStatus {
  /** Drafted by the expert group; a native speaker still has to check it. */
  DRAFT_NEEDS_NATIVE_REVIEW,
  /** Checked by a native speaker. */
  REVIEWED
}
