package nl.brug.content.attachment;

/** A file that Brug does not take, with the Dutch reason. Nothing is stored. */
public class AttachmentRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AttachmentRefusedException(String dutchReason) {
    super(dutchReason);
  }
}
