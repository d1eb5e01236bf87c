package nl.brug.content.toolkit.entity;

/** How well a tool is founded, from practice to shown effect. */
public enum EvidenceLevel {
  PRACTICE_BASED,
  WELL_DESCRIBED,
  THEORETICALLY_GROUNDED,
  SHOWN_EFFECTIVE
}
