package nl.brug.content.synonym;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The one stored synonym list of the field; its version guards against silent overwrites. */
@Entity
@Table(name = "synonym_list")
class StoredSynonymList {

  static final int THE_LIST = 1;

  @Id private int id;

  @Column(name = "list_text", nullable = false, length = 100_000)
  private String text;

  @Version private long version;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected StoredSynonymList() {
    // for JPA
  }

  StoredSynonymList(String text, String changedBy, Instant changedAt) {
    this.id = THE_LIST;
    change(text, changedBy, changedAt);
  }

  void change(String newText, String by, Instant at) {
    this.text = newText;
    this.changedBy = by;
    this.changedAt = at.atOffset(ZoneOffset.UTC);
  }

  long version() {
    return version;
  }

  SavedSynonymList saved() {
    return new SavedSynonymList(text, version, changedBy, changedAt.toInstant());
  }
}
