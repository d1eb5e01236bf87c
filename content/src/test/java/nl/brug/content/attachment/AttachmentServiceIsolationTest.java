package nl.brug.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.schema.StandInEntityManager;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import org.junit.jupiter.api.Test;

/**
 * The files of a Zwolle-only item do not exist for Hilversum: not through the item's id, and not
 * through an item Hilversum may read either. Listing, downloading, adding and removing all fail as
 * for ids that never existed, before any role check and before anything is stored or removed.
 */
class AttachmentServiceIsolationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final byte[] PDF = "%PDF-1.7\n% leidraad\n".getBytes(StandardCharsets.US_ASCII);
  private static final Caller ZWOLLE_PROFESSIONAL =
      new Caller("sanne", "Sanne de Vries", EnumSet.of(Role.PROFESSIONAL), "GM0193", "zwolle-zuid");
  private static final Caller HILVERSUM_PROFESSIONAL =
      new Caller("youssef", "Youssef", EnumSet.of(Role.PROFESSIONAL), "GM0402", "hilversum-noord");
  private static final Caller HILVERSUM_EXPERT =
      new Caller("hanneke", "Hanneke de Boer", EnumSet.of(Role.EXPERT), "GM0402", null);

  private final ToolkitItem zwolle = published("GM0193");
  private final ToolkitItem national = published(null);
  private final Attachment zwolleFile =
      new Attachment(zwolle.getId(), "leidraad.pdf", AttachmentType.PDF, PDF, "fatima", NOW);
  private final AttachmentService attachments = service();

  private static ToolkitItem published(String municipality) {
    ToolkitItem item =
        ToolkitItem.draft(
            "item-" + UUID.randomUUID(),
            ToolkitKind.WORKING_METHOD,
            municipality,
            new ItemContent(
                "Leidraad",
                "",
                "Tekst",
                Set.of(LifeDomain.SOCIAAL),
                List.of(),
                List.of(),
                null,
                List.of(),
                null),
            "fatima",
            NOW);
    item.submitForReview("fatima");
    item.approve("noor", NOW);
    return item;
  }

  private AttachmentService service() {
    // the file was added to a draft of the Zwolle item, and a second expert published it
    zwolle.attach(zwolleFile.getId(), "fatima", NOW);
    zwolle.submitForReview("fatima");
    zwolle.approve("noor", NOW);
    StandInEntityManager em =
        new StandInEntityManager()
            .holding(zwolle.getId(), zwolle)
            .holding(national.getId(), national)
            .holding(zwolleFile.getId(), zwolleFile);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ToolkitService toolkit = em.into(new ToolkitService(clock, null, null, null));
    return em.into(new AttachmentService(toolkit, clock));
  }

  /** Every attachment method, as one caller asks it for an item id and a file id. */
  private Map<String, Step> everyStep() {
    return Map.of(
        "of", (c, item, file) -> attachments.of(c, item),
        "get", (c, item, file) -> attachments.get(c, item, file),
        "add", (c, item, file) -> attachments.add(c, item, "mijn.pdf", PDF),
        "remove", (c, item, file) -> attachments.remove(c, item, file));
  }

  @FunctionalInterface
  private interface Step {
    void run(Caller caller, UUID item, UUID file);
  }

  private static UnknownResourceException notFound(Runnable step) {
    UnknownResourceException unknown =
        catchThrowableOfType(step::run, UnknownResourceException.class);
    assertThat(unknown).isNotNull();
    return unknown;
  }

  @Test
  void aZwolleProfessional_downloadsTheZwolleFile() {
    assertThat(attachments.get(ZWOLLE_PROFESSIONAL, zwolle.getId(), zwolleFile.getId()).content())
        .isEqualTo(PDF);
  }

  @Test
  void everyStepOnTheZwolleItemsFiles_failsForHilversum_asForIdsThatNeverExisted() {
    for (Caller hilversum : List.of(HILVERSUM_PROFESSIONAL, HILVERSUM_EXPERT)) {
      everyStep()
          .forEach(
              (name, step) -> {
                UnknownResourceException elsewhere =
                    notFound(() -> step.run(hilversum, zwolle.getId(), zwolleFile.getId()));
                UnknownResourceException never =
                    notFound(() -> step.run(hilversum, UUID.randomUUID(), UUID.randomUUID()));

                assertThat(elsewhere.kind()).as(name).isEqualTo("toolkit-item");
                assertThat(never.kind()).as(name).isEqualTo(elsewhere.kind());
              });
    }
  }

  @Test
  void theZwolleFile_throughAnItemHilversumMayRead_isAsUnknownAsAFileThatNeverExisted() {
    BiConsumer<Caller, UUID> download = (c, file) -> attachments.get(c, national.getId(), file);
    BiConsumer<Caller, UUID> remove = (c, file) -> attachments.remove(c, national.getId(), file);

    for (Caller hilversum : List.of(HILVERSUM_PROFESSIONAL, HILVERSUM_EXPERT)) {
      for (BiConsumer<Caller, UUID> step : List.of(download, remove)) {
        UUID nowhere = UUID.randomUUID();
        UnknownResourceException elsewhere =
            notFound(() -> step.accept(hilversum, zwolleFile.getId()));
        UnknownResourceException never = notFound(() -> step.accept(hilversum, nowhere));

        assertThat(elsewhere.kind()).isEqualTo("attachment").isEqualTo(never.kind());
        assertThat(elsewhere.id()).isEqualTo(zwolleFile.getId().toString());
        assertThat(never.id()).isEqualTo(nowhere.toString());
      }
    }
  }
}
