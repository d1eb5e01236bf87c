package nl.brug.content.toolkit.entity;

/** The life domains of a holistic intake: body, mind, social, societal, and always language. */
public enum LifeDomain {
  LICHAAM,
  GEEST,
  SOCIAAL,
  MAATSCHAPPELIJK,
  TAAL
}
