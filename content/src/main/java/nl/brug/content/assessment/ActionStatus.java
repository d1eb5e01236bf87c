package nl.brug.content.assessment;

/** Where an action point stands; the labels are what the team reads. */
public enum ActionStatus {
  OPEN("open", "Open"),
  IN_PROGRESS("bezig", "Bezig"),
  DONE("afgerond", "Afgerond");

  private final String code;
  private final String label;

  ActionStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The word in REST and CSV ("open", "bezig", "afgerond"). */
  public String code() {
    return code;
  }

  /** The Dutch label in the portal and the PDF. */
  public String label() {
    return label;
  }

  /**
   * @throws InvalidAssessmentInputException for a word that is not a status
   */
  public static ActionStatus ofCode(String code) {
    for (ActionStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new InvalidAssessmentInputException(
        "refusal.actionPoint.unknownStatus",
        "Onbekende status '" + code + "': kies open, bezig of afgerond.",
        code);
  }
}
