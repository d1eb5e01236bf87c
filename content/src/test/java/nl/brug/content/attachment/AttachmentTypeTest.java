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

  /** A zip whose one Word entry is {@code megabytes} of zeros: tens of kilobytes on disk. */
  private static byte[] zipBomb(int megabytes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < megabytes; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void aZipBombNamedDocx_isRefusedInDutch_beforeItIsUnpacked() throws IOException {
    byte[] bomb = zipBomb(50);
    assertThat(bomb.length).isLessThan(256 * 1024);

    assertThatThrownBy(() -> AttachmentType.of("leidraad.docx", bomb))
        .isInstanceOf(AttachmentRefusedException.class)
        .hasMessageContaining("pakt uit tot veel meer dan een gewoon Office-document");
  }

  @Test
  void aZipWithMoreEntriesThanAnyOfficeDocument_isRefused() throws IOException {
    String[] entries = new String[AttachmentType.MAX_ZIP_ENTRIES + 1];
    entries[0] = "[Content_Types].xml";
    for (int i = 1; i < entries.length; i++) {
      entries[i] = "word/part" + i + ".xml";
    }

    assertThatThrownBy(() -> AttachmentType.of("leidraad.docx", zip(entries)))
        .isInstanceOf(AttachmentRefusedException.class);
  }

  @Test
  void anOrdinaryOfficeDocument_thatCompressesWell_isStillAccepted() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      StringBuilder xml = new StringBuilder();
      for (int i = 0; i < 20_000; i++) {
        xml.append("<w:p><w:r><w:t>Vraag ")
            .append(i)
            .append(": hoe gaat het thuis?</w:t></w:r></w:p>");
      }
      zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThat(AttachmentType.of("leidraad.docx", bytes.toByteArray()))
        .contains(AttachmentType.DOCX);
  }

  @Test
  void namesLoseDirectionalControlsAndLookAlikeSlashes_andAreNormalised() {
    assertThat(AttachmentService.cleanName("werkblad\u202Efdp.exe")).isEqualTo("werkbladfdp.exe");
    assertThat(AttachmentService.cleanName("\u2066rapport\u2069\u200F.pdf"))
        .isEqualTo("rapport.pdf");
    assertThat(AttachmentService.cleanName("..\u2215..\u2215etc\u2044passwd.pdf"))
        .isEqualTo(".._.._etc_passwd.pdf");
    assertThat(AttachmentService.cleanName("map\uFF0Fwerkblad\uFF3Cx.pdf"))
        .isEqualTo("map_werkblad_x.pdf");
    assertThat(AttachmentService.cleanName("C:\\map\\caf\u0065\u0301.pdf"))
        .isEqualTo("caf\u00e9.pdf");
    assertThat(AttachmentService.cleanName("نامه\u200Cها.pdf"))
        .as("the zero-width non-joiner belongs to Persian words")
        .isEqualTo("نامه\u200Cها.pdf");
  }
}
