package nl.brug.ui.shell;

import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.ui.real.RealServices;

/** The checklist templates, as stored. */
public final class Templates {

  private final RealServices services;

  Templates(RealServices services) {
    this.services = services;
  }

  /** How many versions of the checklist Brug ships are published. */
  public int publishedVersions() {
    return services
        .queryIds(
            "select id from checklist_template where code = '"
                + ChecklistTemplates.SHIPPED_CODE
                + "'")
        .size();
  }
}
