package nl.brug.content.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file an item may carry: PDF, images and Office documents. The kind is read from the
 * bytes; the file name's extension must agree, so a script renamed to {@code .pdf} is refused.
 */
public enum AttachmentType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
  ODP("application/vnd.oasis.opendocument.presentation", "odp"),
  DOC("application/msword", "doc"),
  XLS("application/vnd.ms-excel", "xls"),
  PPT("application/vnd.ms-powerpoint", "ppt");

  /** The largest file accepted: 20 MB. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private final String mediaType;
  private final Set<String> extensions;

  AttachmentType(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = Set.of(extensions);
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type of these bytes when the file name's extension matches it; empty for anything else. */
  public static Optional<AttachmentType> of(String filename, byte[] bytes) {
    String extension = extension(filename);
    if (startsWith(bytes, OLE2)) {
      // Old Office files share one container format: the extension tells which one it is.
      return Arrays.stream(new AttachmentType[] {DOC, XLS, PPT})
          .filter(type -> type.extensions.contains(extension))
          .findFirst();
    }
    return sniff(bytes).filter(type -> type.extensions.contains(extension));
  }

  static Optional<AttachmentType> sniff(byte[] bytes) {
    if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
        || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(GIF);
    }
    if (startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
        && bytes.length >= 12
        && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
      return Optional.of(WEBP);
    }
    if (startsWith(bytes, new byte[] {'P', 'K', 0x03, 0x04})) {
      return officeZip(bytes);
    }
    return Optional.empty();
  }

  /** The most entries an Office document may have; real ones have tens to a few hundred. */
  static final int MAX_ZIP_ENTRIES = 5_000;

  /** The most bytes unpacked while looking inside an Office document, over all its entries. */
  static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

  /**
   * The most an Office document may grow when unpacked, against its size packed (real ones: 2 to 20
   * times; a zip bomb: thousands). Judged from {@link #RATIO_FLOOR} unpacked bytes on.
   */
  static final int MAX_COMPRESSION_RATIO = 100;

  /** Below this many unpacked bytes the ratio is not judged: tiny files compress oddly. */
  static final long RATIO_FLOOR = 1024L * 1024;

  private static final String ZIP_BOMB =
      "Dit bestand pakt uit tot veel meer dan een gewoon Office-document; Brug neemt het niet aan."
          + " Sla het opnieuw op vanuit Word, Excel of PowerPoint en probeer het nog eens.";

  /**
   * Reads the entry names of an Office document (and the ODF mimetype), unpacking as little as it
   * can and never more than the limits above: {@link ZipInputStream} unpacks every entry to reach
   * the next, so each byte read is counted.
   *
   * @throws AttachmentRefusedException for a zip bomb
   */
  private static Optional<AttachmentType> officeZip(byte[] bytes) {
    Set<String> names = new HashSet<>();
    String odfMimetype = null;
    long unpacked = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (names.size() >= MAX_ZIP_ENTRIES) {
          throw new AttachmentRefusedException(ZIP_BOMB);
        }
        names.add(entry.getName());
        boolean mimetype = entry.getName().equals("mimetype") && odfMimetype == null;
        StringBuilder head = new StringBuilder();
        int read;
        while ((read = zip.read(buffer)) > 0) {
          if (mimetype && head.length() < 100) {
            head.append(new String(buffer, 0, Math.min(read, 100), StandardCharsets.US_ASCII));
          }
          unpacked += read;
          if (unpacked > MAX_UNPACKED_BYTES
              || (unpacked > RATIO_FLOOR
                  && unpacked > (long) bytes.length * MAX_COMPRESSION_RATIO)) {
            throw new AttachmentRefusedException(ZIP_BOMB);
          }
        }
        if (mimetype) {
          odfMimetype = head.toString().trim();
        }
      }
    } catch (IOException notAZip) {
      return Optional.empty();
    }
    if (odfMimetype != null) {
      String mime = odfMimetype;
      return Arrays.stream(new AttachmentType[] {ODT, ODS, ODP})
          .filter(t -> t.mediaType.equals(mime))
          .findFirst();
    }
    if (!names.contains("[Content_Types].xml")) {
      return Optional.empty();
    }
    if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
      return Optional.of(DOCX);
    }
    if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
      return Optional.of(XLSX);
    }
    if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
      return Optional.of(PPTX);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }

  static String extension(String filename) {
    int dot = filename == null ? -1 : filename.lastIndexOf('.');
    return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
