package nl.brug.platform.api.search;

import java.time.Instant;
import nl.brug.content.synonym.SavedSynonymList;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The synonym list in use; version 0 is Brug's built-in list. */
@Schema(name = "SynonymList")
public record SynonymListJson(String text, long version, String changedBy, Instant changedAt) {
  static SynonymListJson of(SavedSynonymList list) {
    return new SynonymListJson(list.text(), list.version(), list.changedBy(), list.changedAt());
  }
}
