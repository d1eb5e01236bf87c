package nl.brug.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.schema.StandInEntityManager;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import org.junit.jupiter.api.Test;

/**
 * Readers see the files of the published version only: a file in the draft reaches them when a
 * second expert approves the draft. Experts see the draft's files in the editor.
 */
class AttachmentFourEyesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final byte[] PDF = "%PDF-1.7\n% werkblad\n".getBytes(StandardCharsets.US_ASCII);
  private static final Caller READER =
      new Caller("sanne", "Sanne de Vries", EnumSet.of(Role.PROFESSIONAL), "GM0193", "zwolle-zuid");
  private static final Caller EXPERT =
      new Caller("fatima", "Fatima Haidari", EnumSet.of(Role.EXPERT), "GM0193", null);

  private final ToolkitItem item = published();
  private final Attachment inDraft =
      new Attachment(item.getId(), "werkblad.pdf", AttachmentType.PDF, PDF, "fatima", NOW);
  private final AttachmentService attachments = service();

  private static ToolkitItem published() {
    ToolkitItem item =
        ToolkitItem.draft(
            "werken-met-een-tolk",
            ToolkitKind.WORKING_METHOD,
            null,
            new ItemContent(
                "Leidraad", "", "Tekst", Set.of(), List.of(), List.of(), null, List.of(), null),
            "noor",
            NOW);
    item.submitForReview("noor");
    item.approve("thomas", NOW);
    return item;
  }

  private AttachmentService service() {
    item.attach(inDraft.getId(), "fatima", NOW); // as AttachmentService.add leaves it
    StandInEntityManager em =
        new StandInEntityManager().holding(item.getId(), item).holding(inDraft.getId(), inDraft);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ToolkitService toolkit = em.into(new ToolkitService(clock, null, null, null));
    return em.into(new AttachmentService(toolkit, clock));
  }

  @Test
  void aFileInTheDraft_isNeitherListedNorDownloadableForReaders() {
    assertThat(attachments.of(READER, item.getId())).isEmpty();
    assertThat(attachments.of(EXPERT, item.getId())).as("the published version's files").isEmpty();
    assertThatThrownBy(() -> attachments.get(READER, item.getId(), inDraft.getId()))
        .isInstanceOf(UnknownResourceException.class);
  }

  @Test
  void expertsSeeTheDraftsFilesInTheEditor_readersMayNotAskForThem() {
    assertThat(attachments.ofDraft(EXPERT, item.getId())).containsExactly(inDraft);
    assertThat(attachments.get(EXPERT, item.getId(), inDraft.getId()).content()).isEqualTo(PDF);
    assertThatThrownBy(() -> attachments.ofDraft(READER, item.getId()))
        .isInstanceOf(ActionNotAllowedException.class);
  }

  @Test
  void onceASecondExpertApprovesTheDraft_readersGetTheFile() {
    item.submitForReview("fatima");
    item.approve("noor", NOW);

    assertThat(attachments.of(READER, item.getId())).containsExactly(inDraft);
    assertThat(attachments.get(READER, item.getId(), inDraft.getId()).content()).isEqualTo(PDF);
  }
}
