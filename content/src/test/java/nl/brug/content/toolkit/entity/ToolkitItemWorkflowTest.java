package nl.brug.content.toolkit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The editorial workflow: draft → in review → published → archived, with four eyes. */
class ToolkitItemWorkflowTest {

  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-25T08:00:00Z");

  private static ItemContent content(String title) {
    return new ItemContent(
        title,
        "Samenvatting",
        "## Werkwijze\n\nTekst.",
        Set.of(LifeDomain.TAAL, LifeDomain.SOCIAAL),
        List.of("tolken"),
        List.of("statushouders"),
        EvidenceLevel.PRACTICE_BASED,
        List.of("Praktijk vakgroep"),
        LocalDate.of(2027, 11, 23));
  }

  private static ToolkitItem draftByFatima() {
    return ToolkitItem.draft(
        "werken-met-een-tolk",
        ToolkitKind.WORKING_METHOD,
        null,
        content("Werken met een tolk"),
        "fatima",
        T0);
  }

  private static ToolkitItem publishedVersion1() {
    ToolkitItem item = draftByFatima();
    item.submitForReview("fatima");
    item.approve("thomas", T1);
    return item;
  }

  @Test
  void aNewItemIsADraft_thatReadersDoNotSee() {
    ToolkitItem item = draftByFatima();

    assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
    assertThat(item.publishedVersion()).isEmpty();
    assertThat(item.getOwner()).isEqualTo("fatima");
  }

  @Test
  void aSecondExpertApproves_andTheRevisionIsPublishedAsVersion1() {
    ToolkitItem item = publishedVersion1();

    assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
    ItemRevision published = item.publishedVersion().orElseThrow();
    assertThat(published.getNumber()).isEqualTo(1);
    assertThat(published.getReviewer()).hasValue("thomas");
    assertThat(published.getPublishedAt()).hasValue(T1);
    assertThat(item.workingRevision()).isEmpty();
  }

  @Test
  void theLastEditorCannotApproveTheirOwnRevision_fourEyes() {
    ToolkitItem item = draftByFatima();
    item.submitForReview("fatima");

    assertThatThrownBy(() -> item.approve("fatima", T1))
        .isInstanceOf(WorkflowRuleException.class)
        .hasMessageContaining("ander vakgroeplid");
    assertThat(item.getStatus()).isEqualTo(ItemStatus.IN_REVIEW);
  }

  @Test
  void theLastEditorCannotSendBackTheirOwnRevisionEither() {
    ToolkitItem item = draftByFatima();
    item.submitForReview("fatima");

    assertThatThrownBy(() -> item.sendBack("fatima", "Nog niet af"))
        .isInstanceOf(WorkflowRuleException.class);
  }

  @Test
  void sendingBackNeedsAComment_andMakesItADraftAgainWithThatComment() {
    ToolkitItem item = draftByFatima();
    item.submitForReview("fatima");

    assertThatThrownBy(() -> item.sendBack("thomas", "  "))
        .isInstanceOf(WorkflowRuleException.class);
    item.sendBack("thomas", "Voeg een voorbeeld toe.");

    assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
    assertThat(item.getReviewComment()).hasValue("Voeg een voorbeeld toe.");
  }

  @Test
  void whileInReview_nobodyEdits() {
    ToolkitItem item = draftByFatima();
    item.submitForReview("fatima");

    assertThatThrownBy(() -> item.edit(content("Anders"), "fatima", T1))
        .isInstanceOf(WorkflowRuleException.class);
  }

  @Test
  void editingAPublishedItem_startsANewDraft_whileReadersKeepVersion1() {
    ToolkitItem item = publishedVersion1();

    item.edit(content("Werken met een tolk of taalhulp"), "thomas", T2);

    assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
    assertThat(item.publishedVersion().orElseThrow().content().title())
        .isEqualTo("Werken met een tolk");
    assertThat(item.workingRevision().orElseThrow().getNumber()).isEqualTo(2);
    assertThat(item.workingRevision().orElseThrow().content().title())
        .isEqualTo("Werken met een tolk of taalhulp");
  }

  @Test
  void publishedVersionsNeverChange() {
    ToolkitItem item = publishedVersion1();
    ItemRevision version1 = item.version(1).orElseThrow();

    item.edit(content("Nieuwe titel"), "thomas", T2);
    item.submitForReview("thomas");
    item.approve("fatima", T2);

    assertThat(version1.content().title()).isEqualTo("Werken met een tolk");
    assertThat(item.versions()).extracting(ItemRevision::getNumber).containsExactly(1, 2);
    assertThat(item.publishedVersion().orElseThrow().content().title()).isEqualTo("Nieuwe titel");
    assertThatThrownBy(() -> version1.write(content("Stiekem"), "fatima", T2))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void restoringAnOldVersion_createsANewDraftWithItsContent() {
    ToolkitItem item = publishedVersion1();
    item.edit(content("Versie twee"), "thomas", T1);
    item.submitForReview("thomas");
    item.approve("fatima", T1);

    item.restore(1, "fatima", T2);

    assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
    ItemRevision draft = item.workingRevision().orElseThrow();
    assertThat(draft.getNumber()).isEqualTo(3);
    assertThat(draft.content()).isEqualTo(item.version(1).orElseThrow().content());
    assertThat(draft.getLastEditor()).isEqualTo("fatima");
    assertThat(item.publishedVersion().orElseThrow().content().title()).isEqualTo("Versie twee");
  }

  @Test
  void restoringOverAnOpenDraft_isRefused_soNoWorkIsLost() {
    ToolkitItem item = publishedVersion1();
    item.edit(content("Half af"), "thomas", T1);

    assertThatThrownBy(() -> item.restore(1, "fatima", T2))
        .isInstanceOf(WorkflowRuleException.class)
        .hasMessageContaining("concept");
    assertThat(item.workingRevision().orElseThrow().content().title()).isEqualTo("Half af");
  }

  @Test
  void discardingADraft_bringsBackThePublishedState() {
    ToolkitItem item = publishedVersion1();
    item.edit(content("Toch niet"), "thomas", T1);

    item.discardDraft();

    assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
    assertThat(item.workingRevision()).isEmpty();
  }

  @Test
  void archivingHidesTheItemFromReaders_reopeningShowsItAgain() {
    ToolkitItem item = publishedVersion1();

    item.archive();
    assertThat(item.publishedVersion()).isEmpty();
    assertThat(item.versions()).hasSize(1);
    assertThatThrownBy(() -> item.edit(content("x"), "fatima", T2))
        .isInstanceOf(WorkflowRuleException.class);

    item.reopen();
    assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
    assertThat(item.publishedVersion()).isPresent();
  }

  @Test
  void onlyADraftCanBeSubmitted() {
    ToolkitItem item = publishedVersion1();

    assertThatThrownBy(() -> item.submitForReview("fatima"))
        .isInstanceOf(WorkflowRuleException.class);
  }
}
