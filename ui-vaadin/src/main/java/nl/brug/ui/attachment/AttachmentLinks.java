package nl.brug.ui.attachment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import nl.brug.content.attachment.Attachment;
import nl.brug.content.attachment.AttachmentService;
import nl.brug.ui.shell.SignedInUser;

/** The files of an item as download links; each download checks the reader's access again. */
public class AttachmentLinks extends Div {

  private static final long serialVersionUID = 1L;

  public AttachmentLinks(AttachmentService attachments, UUID itemId) {
    setId("attachments");
    add(new H2(getTranslation("attachments.title")));
    List<Attachment> files = attachments.of(SignedInUser.require(), itemId);
    if (files.isEmpty()) {
      add(new Paragraph(getTranslation("attachments.none")));
      return;
    }
    UnorderedList list = new UnorderedList();
    for (Attachment file : files) {
      UUID fileId = file.getId();
      Anchor link =
          new Anchor(
              DownloadHandler.fromInputStream(
                  event -> {
                    Attachment current = attachments.get(SignedInUser.require(), itemId, fileId);
                    return new DownloadResponse(
                        new ByteArrayInputStream(current.content()),
                        current.getFilename(),
                        current.getType().mediaType(),
                        current.getSize());
                  }),
              file.getFilename() + " (" + Math.max(1, file.getSize() / 1024) + " kB)");
      list.add(new ListItem(link));
    }
    add(list);
  }
}
