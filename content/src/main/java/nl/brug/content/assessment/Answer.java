package nl.brug.content.assessment;

/**
 * One member's answer to one item: a step of the item's {@link AnswerScale}, or one of the two
 * answers outside the scale, {@link #NOT_APPLICABLE} ("niet van toepassing") and {@link #DONT_KNOW}
 * ("weet ik niet"). Those two never count in a mean, a spread or the step counts of a distribution;
 * the distribution only reports how many members chose them.
 *
 * <p>An answer does not know its scale; whether a step fits is checked when a round is scored
 * against the items of its template version.
 *
 * @param kind a step or one of the two answers outside the scale
 * @param step the step's value for {@link Kind#STEP} (1 or more), 0 otherwise
 */
public record Answer(Kind kind, int step) {

  /** What kind of answer a member gave. */
  public enum Kind {
    STEP,
    NOT_APPLICABLE,
    DONT_KNOW
  }

  /** "Niet van toepassing": the statement does not apply to this team. */
  public static final Answer NOT_APPLICABLE = new Answer(Kind.NOT_APPLICABLE, 0);

  /** "Weet ik niet": the member cannot judge the statement. */
  public static final Answer DONT_KNOW = new Answer(Kind.DONT_KNOW, 0);

  public Answer {
    if (kind == null) {
      throw new IllegalArgumentException("An answer needs a kind");
    }
    if (kind == Kind.STEP ? step < 1 : step != 0) {
      throw new IllegalArgumentException("Invalid step " + step + " for an answer of kind " + kind);
    }
  }

  /** The answer that chose this step of the item's scale. */
  public static Answer step(int value) {
    return new Answer(Kind.STEP, value);
  }

  /** Whether this answer counts in means, spreads and step counts. */
  public boolean counts() {
    return kind == Kind.STEP;
  }

  /** The Dutch label of this answer on the given scale. */
  public String label(AnswerScale scale) {
    return switch (kind) {
      case STEP -> scale.step(step).label();
      case NOT_APPLICABLE -> "niet van toepassing";
      case DONT_KNOW -> "weet ik niet";
    };
  }
}
