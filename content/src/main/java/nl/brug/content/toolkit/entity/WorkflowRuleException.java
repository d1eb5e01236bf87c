package nl.brug.content.toolkit.entity;

import nl.brug.content.concurrency.ConflictException;

/** A workflow step that the item's state or the four-eyes rule does not allow; Dutch message. */
public class WorkflowRuleException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public WorkflowRuleException(String dutchMessage) {
    super(dutchMessage);
  }

  /** Refused with a key of the portal's texts, its Dutch text and the text's arguments. */
  public WorkflowRuleException(String key, String dutchMessage, Object... arguments) {
    super(key, dutchMessage, arguments);
  }
}
