package nl.brug.content.toolkit.entity;

/** What kind of tool an item is. The Dutch name lives in the UI's texts ({@code kind.<name>}). */
public enum ToolkitKind {
  INTERVIEW_GUIDE,
  NETWORK_MAPPING_METHOD,
  DIVERSITY_CHECKLIST,
  CASE_EXAMPLE,
  TRAINING_MODULE,
  PERSONA,
  CUSTOMER_JOURNEY,
  WORKING_METHOD,
  BACKGROUND
}
