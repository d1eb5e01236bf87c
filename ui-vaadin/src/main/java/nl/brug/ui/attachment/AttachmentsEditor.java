package nl.brug.ui.attachment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.content.attachment.Attachment;
import nl.brug.content.attachment.AttachmentRefusedException;
import nl.brug.content.attachment.AttachmentService;
import nl.brug.content.attachment.AttachmentType;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.ui.i18n.RefusalMessages;

/**
 * Adding and removing an item's files, for experts. Files belong to the draft: readers see them
 * with the next approved version, which the editor says. A refused file says why.
 */
public class AttachmentsEditor extends Div {

  private static final long serialVersionUID = 1L;

  private final transient AttachmentService attachments;
  private final Caller caller;
  private final UUID itemId;
  private final Runnable draftChanged;
  private final UnorderedList list = new UnorderedList();

  /**
   * @param draftChanged told after a file was added or removed: the item has a new version (and a
   *     published item a new draft)
   */
  public AttachmentsEditor(
      AttachmentService attachments, Caller caller, UUID itemId, Runnable draftChanged) {
    this.attachments = attachments;
    this.caller = caller;
    this.itemId = itemId;
    this.draftChanged = draftChanged;
    setId("attachments-editor");
    list.setId("attachment-list");
    Upload upload = new Upload();
    upload.setId("upload");
    upload.setMaxFileSize(AttachmentType.MAX_BYTES);
    upload.setDropLabel(new Span(getTranslation("attachments.drop")));
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) -> {
              UI ui = UI.getCurrent();
              receive(metadata.fileName(), bytes);
              if (ui != null) {
                ui.access(this::refresh);
              }
            }));
    upload.addFileRejectedListener(rejected -> error(getTranslation("attachments.tooLarge")));
    Paragraph withNextVersion = new Paragraph(getTranslation("attachments.withNextVersion"));
    withNextVersion.setId("attachments-with-next-version");
    add(new H3(getTranslation("attachments.title")), withNextVersion, list, upload);
    refresh();
  }

  /** Stores an uploaded file; also the way tests upload. */
  public void receive(String filename, byte[] bytes) {
    try {
      Attachment added = attachments.add(caller, itemId, filename, bytes);
      Notification.show(getTranslation("attachments.added", added.getFilename()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      draftChanged.run();
    } catch (AttachmentRefusedException | ConflictException | StaleVersionException refused) {
      error(RefusalMessages.text(refused, this));
    }
    refresh();
  }

  private void refresh() {
    list.removeAll();
    for (Attachment file : attachments.ofDraft(caller, itemId)) {
      Button remove =
          new Button(
              getTranslation("attachments.remove"),
              click -> {
                try {
                  attachments.remove(caller, itemId, file.getId());
                  Notification.show(getTranslation("attachments.removed", file.getFilename()));
                  draftChanged.run();
                } catch (ConflictException | StaleVersionException refused) {
                  error(RefusalMessages.text(refused, this));
                }
                refresh();
              });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      list.add(new ListItem(new Span(file.getFilename() + " "), remove));
    }
  }

  private static void error(String message) {
    Notification.show(message, 8000, Notification.Position.MIDDLE)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
