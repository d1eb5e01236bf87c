package nl.brug.content.toolkit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** That a reader opened an item, and when last: for their "recently viewed" list. */
@Entity
@Table(name = "item_view")
public class ItemView {

  /** How many recent views are kept per reader. */
  public static final int KEPT = 20;

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(name = "item_id", nullable = false)
  private UUID itemId;

  @Column(name = "viewed_at", nullable = false)
  private OffsetDateTime viewedAt;

  protected ItemView() {
    // for JPA
  }

  public ItemView(String username, UUID itemId, Instant now) {
    this.id = UUID.randomUUID();
    this.username = username;
    this.itemId = itemId;
    seen(now);
  }

  public void seen(Instant now) {
    this.viewedAt = now.atOffset(ZoneOffset.UTC);
  }

  public UUID getItemId() {
    return itemId;
  }
}
