package nl.brug.content.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.toolkit.boundary.DraftDiscarded;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.ToolkitItem;

/**
 * Files that go with toolkit items. Files belong to revisions: experts add and remove them in the
 * draft, and readers see the files of the published version, so a file passes the same four eyes as
 * the text. What a file is, is read from its bytes.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

  @PersistenceContext(unitName = "brug")
  private EntityManager em;

  private ToolkitService toolkit;
  private Clock clock;

  protected AttachmentService() {
    // for CDI proxies
  }

  @Inject
  public AttachmentService(ToolkitService toolkit, Clock clock) {
    this.toolkit = toolkit;
    this.clock = clock;
  }

  /**
   * Adds a file to an item's draft; a published item gets a draft first, so readers see the file
   * once a second expert approves that draft (see {@link ToolkitService#attach}).
   *
   * @throws AttachmentRefusedException when it is empty, too large, or not a PDF, image or Office
   *     document whose extension matches its content
   */
  public Attachment add(Caller caller, UUID itemId, String filename, byte[] bytes) {
    ToolkitItem item = toolkit.item(caller, itemId); // not found before not allowed
    AccessPolicy.requireToolkitEditor(caller);
    String name = cleanName(filename);
    AttachmentType type = check(name, bytes);
    Attachment attachment =
        new Attachment(item.getId(), name, type, bytes, caller.username(), clock.instant());
    em.persist(attachment);
    em.flush(); // the file's row before the draft refers to it
    toolkit.attach(caller, item.getId(), attachment.getId(), name);
    return attachment;
  }

  /**
   * The files of the version readers see (the published one), oldest first; none while nothing is
   * published or the item is archived.
   */
  public List<Attachment> of(Caller caller, UUID itemId) {
    ToolkitItem item = toolkit.item(caller, itemId);
    return files(item, item.publishedVersion().map(ItemRevision::attachmentIds).orElse(Set.of()));
  }

  /**
   * The files of the item's draft, oldest first, for the editor: experts only. Without a draft,
   * those of the latest version, which a new draft would start with.
   */
  public List<Attachment> ofDraft(Caller caller, UUID itemId) {
    ToolkitItem item = toolkit.item(caller, itemId);
    AccessPolicy.requireToolkitEditor(caller);
    return files(item, item.draftAttachmentIds());
  }

  private List<Attachment> files(ToolkitItem item, Set<UUID> ids) {
    return ids.stream()
        .map(id -> em.find(Attachment.class, id))
        .filter(a -> a != null && a.getItemId().equals(item.getId()))
        .sorted(Comparator.comparing(Attachment::getUploadedAt).thenComparing(Attachment::getId))
        .toList();
  }

  /**
   * One file, with its content: readers get only files of the published version, experts the files
   * of any version or the draft.
   */
  public Attachment get(Caller caller, UUID itemId, UUID attachmentId) {
    ToolkitItem item = toolkit.item(caller, itemId);
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null
        || !attachment.getItemId().equals(item.getId())
        || !visibleTo(caller, item, attachmentId)) {
      throw new UnknownResourceException("attachment", String.valueOf(attachmentId));
    }
    attachment.content(); // loaded inside the transaction
    return attachment;
  }

  private static boolean visibleTo(Caller caller, ToolkitItem item, UUID attachmentId) {
    return AccessPolicy.maySeeUnpublished(caller)
        ? item.hasFileInAnyRevision(attachmentId)
        : item.publishedVersion()
            .map(published -> published.attachmentIds().contains(attachmentId))
            .orElse(false);
  }

  /**
   * Removes a file from the item's draft (starting one for a published item): readers keep it until
   * the next version is approved. A file no version has any more is deleted.
   */
  public void remove(Caller caller, UUID itemId, UUID attachmentId) {
    Attachment attachment = get(caller, itemId, attachmentId); // not found before not allowed
    AccessPolicy.requireToolkitEditor(caller);
    if (!toolkit.item(caller, itemId).draftAttachmentIds().contains(attachmentId)) {
      // only an older version has it: nothing to take out of the draft
      throw new UnknownResourceException("attachment", String.valueOf(attachmentId));
    }
    ToolkitItem item = toolkit.detach(caller, itemId, attachment.getId(), attachment.getFilename());
    if (!item.hasFileInAnyRevision(attachment.getId())) {
      em.remove(attachment);
    }
  }

  /** Files that only a discarded draft had are deleted with it. */
  void forgetFilesOfDiscardedDraft(@Observes DraftDiscarded discarded) {
    ToolkitItem item = em.find(ToolkitItem.class, discarded.itemId());
    em
        .createQuery("select a from Attachment a where a.itemId = :item", Attachment.class)
        .setParameter("item", item.getId())
        .getResultList()
        .stream()
        .filter(a -> !item.hasFileInAnyRevision(a.getId()))
        .forEach(em::remove);
  }

  static AttachmentType check(String name, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new AttachmentRefusedException("refusal.attachment.empty", "Het bestand is leeg.");
    }
    if (bytes.length > AttachmentType.MAX_BYTES) {
      throw new AttachmentRefusedException(
          "refusal.attachment.tooLarge",
          "Het bestand is groter dan 20 MB. Maak het kleiner of deel een link.");
    }
    return AttachmentType.of(name, bytes)
        .orElseThrow(
            () ->
                new AttachmentRefusedException(
                    "refusal.attachment.type",
                    "Brug neemt alleen PDF's, afbeeldingen (PNG, JPEG, GIF, WebP) en"
                        + " Office-documenten aan, en de extensie van de naam moet bij de inhoud"
                        + " passen. '"
                        + name
                        + "' voldoet daar niet aan.",
                    name));
  }

  /**
   * Look-alikes of the slash that would make a name look like a path: the division and fraction
   * slashes, the fullwidth, big and small solidi, and their reverse forms.
   */
  private static final String SLASH_LOOKALIKES =
      "[\u2215\u2044\uFF0F\u29F8\u2571\u2572\uFF3C\u29F9\u2216\uFE68\u29F5]";

  /**
   * Directional controls that would show a name other than it is ("gnp.exe" as "exe.png"): the
   * embeddings, overrides and isolates, and the marks.
   */
  private static final String BIDI_CONTROLS = "[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]";

  /**
   * The file name as stored and shown: in Unicode normal form C, without folders, directional
   * controls, control characters or quotes, with look-alike slashes as {@code _}, at most 200
   * characters. The one place where a file's name is accepted.
   */
  static String cleanName(String filename) {
    String name =
        Normalizer.normalize(filename == null ? "" : filename, Normalizer.Form.NFC)
            .replaceAll(BIDI_CONTROLS, "")
            .replace('\\', '/');
    name =
        name.substring(name.lastIndexOf('/') + 1)
            .replaceAll(SLASH_LOOKALIKES, "_")
            .replaceAll("[\\p{Cntrl}\"]", "")
            .trim();
    if (name.isEmpty()) {
      throw new AttachmentRefusedException(
          "refusal.attachment.noName", "Geef het bestand een naam, bijvoorbeeld werkblad.pdf.");
    }
    return name.length() <= Attachment.MAX_FILENAME_LENGTH
        ? name
        : name.substring(name.length() - Attachment.MAX_FILENAME_LENGTH);
  }
}
