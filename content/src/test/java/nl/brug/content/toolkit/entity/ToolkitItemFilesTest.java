package nl.brug.content.toolkit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Files belong to revisions: they go to the draft and reach readers with the approved version. */
class ToolkitItemFilesTest {

  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-24T08:00:00Z");
  private static final UUID WORKSHEET = UUID.randomUUID();
  private static final UUID LEAFLET = UUID.randomUUID();

  private static ToolkitItem published() {
    ToolkitItem item =
        ToolkitItem.draft(
            "werken-met-een-tolk",
            ToolkitKind.WORKING_METHOD,
            null,
            new ItemContent(
                "Werken met een tolk",
                "",
                "Tekst",
                Set.of(),
                List.of("tolken"),
                List.of(),
                null,
                List.of(),
                null),
            "fatima",
            T0);
    item.submitForReview("fatima");
    item.approve("noor", T0);
    return item;
  }

  private static void approve(ToolkitItem item, String editor, String reviewer) {
    item.submitForReview(editor);
    item.approve(reviewer, T1);
  }

  private static Set<UUID> publishedFiles(ToolkitItem item) {
    return item.publishedVersion().orElseThrow().attachmentIds();
  }

  @Test
  void aFileAddedToAPublishedItem_goesToANewDraft_andReadersDoNotSeeItYet() {
    ToolkitItem item = published();

    item.attach(WORKSHEET, "fatima", T1);

    assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
    assertThat(item.workingRevision().orElseThrow().attachmentIds()).containsExactly(WORKSHEET);
    assertThat(publishedFiles(item)).isEmpty();
  }

  @Test
  void theExpertWhoAddedTheFile_cannotApproveIt_aSecondExpertPublishesIt() {
    ToolkitItem item = published();
    item.attach(WORKSHEET, "fatima", T1);
    item.submitForReview("fatima");

    assertThatThrownBy(() -> item.approve("fatima", T1)).isInstanceOf(WorkflowRuleException.class);
    item.approve("noor", T1);

    assertThat(publishedFiles(item)).containsExactly(WORKSHEET);
  }

  @Test
  void aNewDraft_startsWithThePublishedFiles_andRemovingOneLeavesReadersTheirs() {
    ToolkitItem item = published();
    item.attach(WORKSHEET, "fatima", T1);
    approve(item, "fatima", "noor");

    item.detach(WORKSHEET, "noor", T1);
    item.attach(LEAFLET, "noor", T1);

    assertThat(publishedFiles(item)).containsExactly(WORKSHEET);
    assertThat(item.draftAttachmentIds()).containsExactly(LEAFLET);
    assertThat(item.hasFileInAnyRevision(WORKSHEET)).isTrue();
  }

  @Test
  void discardingTheDraft_dropsTheFilesOnlyItHad() {
    ToolkitItem item = published();
    item.attach(WORKSHEET, "fatima", T1);
    approve(item, "fatima", "noor");
    item.attach(LEAFLET, "fatima", T1);

    item.discardDraft();

    assertThat(item.hasFileInAnyRevision(LEAFLET)).isFalse();
    assertThat(item.draftAttachmentIds()).containsExactly(WORKSHEET);
  }

  @Test
  void restoringAVersion_bringsBackItsFiles() {
    ToolkitItem item = published();
    item.attach(WORKSHEET, "fatima", T1);
    approve(item, "fatima", "noor");

    item.restore(1, "fatima", T1);

    assertThat(item.draftAttachmentIds()).isEmpty();
    assertThat(publishedFiles(item)).containsExactly(WORKSHEET);
  }

  @Test
  void noFileIsAddedOrRemovedWhileInReviewOrArchived() {
    ToolkitItem inReview = published();
    inReview.attach(WORKSHEET, "fatima", T1);
    inReview.submitForReview("fatima");
    ToolkitItem archived = published();
    archived.archive();

    assertThatThrownBy(() -> inReview.attach(LEAFLET, "noor", T1))
        .isInstanceOf(WorkflowRuleException.class)
        .hasMessageContaining("ter beoordeling");
    assertThatThrownBy(() -> inReview.detach(WORKSHEET, "noor", T1))
        .isInstanceOf(WorkflowRuleException.class);
    assertThatThrownBy(() -> archived.attach(LEAFLET, "noor", T1))
        .isInstanceOf(WorkflowRuleException.class)
        .hasMessageContaining("gearchiveerd");
  }
}
