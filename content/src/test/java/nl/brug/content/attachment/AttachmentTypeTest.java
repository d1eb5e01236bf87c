package nl.brug.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A file's kind is read from its bytes, and its name must agree. */
class AttachmentTypeTest {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
  private static final byte[] SCRIPT =
      "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("x".getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void realFilesWithMatchingNamesAreAccepted() throws IOException {
    assertThat(AttachmentType.of("werkblad.PDF", PDF)).contains(AttachmentType.PDF);
    assertThat(AttachmentType.of("netwerkkaart.png", PNG)).contains(AttachmentType.PNG);
    assertThat(AttachmentType.of("leidraad.docx", zip("[Content_Types].xml", "word/document.xml")))
        .contains(AttachmentType.DOCX);
    assertThat(AttachmentType.of("scores.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")))
        .contains(AttachmentType.XLSX);
  }

  @Test
  void aLyingExtensionIsRefused() throws IOException {
    assertThat(AttachmentType.of("rapport.pdf", SCRIPT)).isEmpty();
    assertThat(AttachmentType.of("foto.png", PDF)).isEmpty();
    assertThat(AttachmentType.of("leidraad.docx", zip("evil.sh"))).isEmpty();
    assertThat(AttachmentType.of("werkblad.pdf.exe", PDF)).isEmpty();
    assertThat(AttachmentType.of("zonder-extensie", PDF)).isEmpty();
  }

  @Test
  void refusalsSayWhyInDutch_andNamesLoseTheirFolders() {
    assertThatThrownBy(() -> AttachmentService.check("x.pdf", new byte[0]))
        .isInstanceOf(AttachmentRefusedException.class)
        .hasMessageContaining("leeg");
    assertThatThrownBy(
            () -> AttachmentService.check("x.pdf", new byte[AttachmentType.MAX_BYTES + 1]))
        .hasMessageContaining("20 MB");
    assertThatThrownBy(() -> AttachmentService.check("rapport.pdf", SCRIPT))
        .hasMessageContaining("rapport.pdf");
    assertThat(AttachmentService.cleanName("C:\\\\Users\\\\x\\\\../werkblad.pdf"))
        .isEqualTo("werkblad.pdf");
  }
}
