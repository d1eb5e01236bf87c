package nl.brug.ui.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.development.DemoAccount;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemTranslation;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.content.toolkit.entity.TranslationStatus;
import nl.brug.ui.real.RealServices;

/**
 * What the portal's tests start from, put in through the real services at {@link #AT}: Zwolle with
 * two teams and Hilversum with one, every demo account signed in once (so their teams have
 * members), the checklist Brug ships, and three published items (written by Fatima, approved by
 * Noor): a national interview guide and working method, and a Zwolle-only working method.
 */
public final class SeededPortal {

  /** When all this was put in: Monday 23 November 2026, 09:00 in Amsterdam. */
  public static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

  public final ToolkitItem intake;
  public final ToolkitItem interpreter;
  public final ToolkitItem zwolle;

  private SeededPortal(ToolkitItem intake, ToolkitItem interpreter, ToolkitItem zwolle) {
    this.intake = intake;
    this.interpreter = interpreter;
    this.zwolle = zwolle;
  }

  static SeededPortal plant(RealServices services) {
    services.clock.moveTo(AT);
    OrganisationService organisation = services.get(OrganisationService.class);
    organisation.ensureMunicipality("GM0193", "Zwolle");
    organisation.ensureMunicipality("GM0402", "Hilversum");
    organisation.ensureTeam("zwolle-zuid", "GM0193", "Sociaal wijkteam Zwolle-Zuid");
    organisation.ensureTeam("zwolle-holtenbroek", "GM0193", "Sociaal wijkteam Holtenbroek");
    organisation.ensureTeam("hilversum-noord", "GM0402", "Sociaal wijkteam Hilversum-Noord");
    for (DemoAccount account : DemoAccounts.all()) {
      organisation.recordSignIn(account.caller());
    }
    services.get(ChecklistTemplates.class).ensureShippedTemplate();
    ToolkitService toolkit = services.get(ToolkitService.class);
    return new SeededPortal(
        published(
            toolkit, "intake", ToolkitKind.INTERVIEW_GUIDE, null, "Cultuursensitief intakegesprek"),
        published(toolkit, "tolk", ToolkitKind.WORKING_METHOD, null, "Werken met een tolk"),
        published(
            toolkit, "zwolle", ToolkitKind.WORKING_METHOD, "GM0193", "Wie doet wat in Zwolle"));
  }

  private static final InterviewGuide GUIDE =
      new InterviewGuide(
          List.of(
              new InterviewGuide.Section(
                  "Kennismaking",
                  List.of(
                      new InterviewGuide.Question(
                          "In welke taal praat u het liefst?",
                          "Afstemmen op de taal",
                          List.of(),
                          Map.of(
                              Language.AR,
                              new InterviewGuide.Translation(
                                  "ما هي اللغة التي تفضّل التحدث بها؟",
                                  TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW)))))));

  private static ToolkitItem published(
      ToolkitService toolkit, String slug, ToolkitKind kind, String municipality, String title) {
    Caller fatima = caller("fatima");
    ToolkitItem item =
        toolkit.create(
            fatima,
            slug,
            kind,
            municipality,
            new ItemContent(
                title,
                "Samenvatting van " + title,
                "## Zo werkt het\n\nVraag **altijd** naar het netwerk.",
                Set.of(LifeDomain.TAAL),
                List.of("tolken"),
                List.of("statushouders"),
                EvidenceLevel.PRACTICE_BASED,
                List.of(),
                LocalDate.of(2027, 11, 23),
                kind == ToolkitKind.INTERVIEW_GUIDE ? GUIDE : null,
                slug.equals("tolk")
                    ? Map.of(
                        Language.AR,
                        new ItemTranslation(
                            "العمل مع مترجم",
                            "ملخص",
                            "نص **مهم**",
                            TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW))
                    : Map.of()));
    item = toolkit.submitForReview(fatima, item.getId(), item.getVersion());
    return toolkit.approve(caller("noor"), item.getId(), item.getVersion());
  }

  static Caller caller(String username) {
    return DemoAccounts.find(username).orElseThrow().caller();
  }
}
