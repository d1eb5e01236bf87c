package nl.brug.content.toolkit.entity;

/**
 * Where an item is in the editorial workflow: draft → in review → published → archived. A published
 * item that is being edited is a {@link #DRAFT} again while its last published version stays
 * visible to readers.
 */
public enum ItemStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED
}
