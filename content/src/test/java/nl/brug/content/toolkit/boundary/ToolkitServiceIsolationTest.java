package nl.brug.content.toolkit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.schema.StandInEntityManager;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemStatus;
import nl.brug.content.toolkit.entity.ItemTranslation;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import org.junit.jupiter.api.Test;

/**
 * A Zwolle-only item does not exist for Hilversum: every read and every editorial step by id, with
 * its versions and translations, fails exactly as for an id that never existed — before any role
 * check, and before the service writes, records or queries anything.
 */
class ToolkitServiceIsolationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final Caller ZWOLLE_PROFESSIONAL =
      new Caller("sanne", "Sanne de Vries", EnumSet.of(Role.PROFESSIONAL), "GM0193", "zwolle-zuid");
  private static final Caller HILVERSUM_PROFESSIONAL =
      new Caller("youssef", "Youssef", EnumSet.of(Role.PROFESSIONAL), "GM0402", "hilversum-noord");
  private static final Caller HILVERSUM_EXPERT =
      new Caller("hanneke", "Hanneke de Boer", EnumSet.of(Role.EXPERT), "GM0402", null);
  private static final Caller ADMIN =
      new Caller("daan", "Daan Visser", EnumSet.of(Role.ADMIN), null, null);

  /** Published twice (two versions), with an Arabic translation, and a new draft on top. */
  private static ToolkitItem zwolleItem() {
    ToolkitItem item =
        ToolkitItem.draft(
            "zwolle-wie-doet-wat", ToolkitKind.WORKING_METHOD, "GM0193", content(1), "fatima", NOW);
    item.submitForReview("fatima");
    item.approve("noor", NOW);
    item.edit(content(2), "fatima", NOW);
    item.submitForReview("fatima");
    item.approve("noor", NOW);
    item.edit(content(3), "fatima", NOW);
    return item;
  }

  private static ItemContent content(int version) {
    return new ItemContent(
        "Wie doet wat in Zwolle, versie " + version,
        "Alleen voor Zwolle",
        "Tekst",
        Set.of(LifeDomain.SOCIAAL),
        List.of("verwijzen"),
        List.of(),
        null,
        List.of(),
        null,
        null,
        Map.of(Language.AR, new ItemTranslation("من يفعل ماذا", null, "نص", null)));
  }

  private static ToolkitService serviceHolding(ToolkitItem... items) {
    StandInEntityManager em = new StandInEntityManager();
    for (ToolkitItem item : items) {
      em.holding(item.getId(), item);
    }
    return em.into(new ToolkitService(Clock.fixed(NOW, ZoneOffset.UTC), null, null, null));
  }

  /** Every service method that takes an item id, as one caller asks it. */
  private static Map<String, BiConsumer<Caller, UUID>> everyStepById(ToolkitService toolkit) {
    long version = 4; // a plausible version: a stale one must not be what gives it away
    return Map.ofEntries(
        Map.entry("item", (c, id) -> toolkit.item(c, id)),
        Map.entry("history", (c, id) -> toolkit.history(c, id)),
        Map.entry("recordView", (c, id) -> toolkit.recordView(c, id)),
        Map.entry("edit", (c, id) -> toolkit.edit(c, id, version, content(9))),
        Map.entry("submitForReview", (c, id) -> toolkit.submitForReview(c, id, version)),
        Map.entry("approve", (c, id) -> toolkit.approve(c, id, version)),
        Map.entry("sendBack", (c, id) -> toolkit.sendBack(c, id, version, "Nee")),
        Map.entry("archive", (c, id) -> toolkit.archive(c, id, version)),
        Map.entry("reopen", (c, id) -> toolkit.reopen(c, id, version)),
        Map.entry("discardDraft", (c, id) -> toolkit.discardDraft(c, id, version)),
        Map.entry("restore", (c, id) -> toolkit.restore(c, id, version, 1)));
  }

  private static UnknownResourceException notFound(
      BiConsumer<Caller, UUID> step, Caller c, UUID id) {
    UnknownResourceException unknown =
        catchThrowableOfType(() -> step.accept(c, id), UnknownResourceException.class);
    assertThat(unknown).as(c.username() + " asking " + id).isNotNull();
    return unknown;
  }

  @Test
  void aZwolleItem_isThereForZwolleAndForAdmins() {
    ToolkitItem zwolle = zwolleItem();
    ToolkitService toolkit = serviceHolding(zwolle);

    ToolkitItem read = toolkit.item(ZWOLLE_PROFESSIONAL, zwolle.getId());

    assertThat(read.versions()).hasSize(2);
    assertThat(read.publishedVersion().orElseThrow().content().translations())
        .containsKey(Language.AR);
    assertThat(toolkit.item(ADMIN, zwolle.getId())).isSameAs(zwolle);
  }

  @Test
  void everyStepByIdOnAZwolleItem_failsForHilversum_exactlyAsForAnIdThatNeverExisted() {
    ToolkitItem zwolle = zwolleItem();
    long versionBefore = zwolle.getVersion();
    ToolkitService toolkit = serviceHolding(zwolle);

    for (Caller hilversum : List.of(HILVERSUM_PROFESSIONAL, HILVERSUM_EXPERT)) {
      everyStepById(toolkit)
          .forEach(
              (name, step) -> {
                UUID nowhere = UUID.randomUUID();
                UnknownResourceException elsewhere = notFound(step, hilversum, zwolle.getId());
                UnknownResourceException never = notFound(step, hilversum, nowhere);

                assertThat(elsewhere.kind()).as(name).isEqualTo("toolkit-item");
                assertThat(never.kind()).as(name).isEqualTo(elsewhere.kind());
                assertThat(elsewhere.id()).isEqualTo(zwolle.getId().toString());
                assertThat(never.id()).isEqualTo(nowhere.toString());
              });
    }

    assertThat(zwolle.getStatus()).isEqualTo(ItemStatus.DRAFT);
    assertThat(zwolle.getVersion()).isEqualTo(versionBefore);
    assertThat(zwolle.workingRevision().orElseThrow().content().title()).endsWith("versie 3");
  }

  @Test
  void whatHilversumMaySee_isRefusedForItsRole_notHidden() {
    ToolkitItem national =
        ToolkitItem.draft(
            "werken-met-een-tolk", ToolkitKind.WORKING_METHOD, null, content(1), "fatima", NOW);
    national.submitForReview("fatima");
    national.approve("noor", NOW);
    ToolkitService toolkit = serviceHolding(national);

    assertThat(toolkit.item(HILVERSUM_PROFESSIONAL, national.getId())).isSameAs(national);
    assertThatThrownBy(() -> toolkit.archive(HILVERSUM_PROFESSIONAL, national.getId(), 0))
        .isInstanceOf(ActionNotAllowedException.class);
  }
}
