package nl.brug.ui.shell;

/** Lets browserless tests of other features drive the portal harness. */
public final class PortalHarnessAccess {

  private final PortalHarness harness = new PortalHarness();

  public void start() {
    harness.start();
  }

  public void stop() {
    harness.stop();
  }

  public void signInAs(String username) {
    harness.signInAs(username);
  }

  public void signOut() {
    harness.signIn.signOut(PortalHarness.fakeRequest());
  }

  public nl.brug.content.attachment.AttachmentService attachments() {
    return harness.attachments;
  }

  /** The real services behind the portal, on their in-memory database. */
  public nl.brug.ui.real.RealServices services() {
    return harness.services;
  }

  /** Runs the rebuilds an admin started, as the background executor would. */
  public void runBackgroundWork() {
    harness.background.forEach(Runnable::run);
    harness.background.clear();
  }

  public nl.brug.content.gap.ContentGapLog contentGaps() {
    return harness.gaps;
  }

  /** Saves a synonym list as another expert would, in between. */
  public void synonymsSavedElsewhere(String username, String text) {
    nl.brug.auth.caller.Caller other =
        nl.brug.auth.development.DemoAccounts.find(username).orElseThrow().caller();
    harness.search.saveSynonyms(other, text, harness.search.synonymsToEdit(other).version());
  }

  /** The published items the portal starts with. */
  public SeededPortal toolkit() {
    return harness.seeded;
  }

  /** Signs in someone the demo accounts do not have, as the identity provider would. */
  public void signInAs(nl.brug.auth.caller.Caller caller) {
    harness.signInAs(caller);
  }

  public Rounds assessment() {
    return harness.rounds;
  }

  public ActionPoints actionPoints() {
    return new ActionPoints(harness.services, harness.rounds);
  }

  public Templates templates() {
    return new Templates(harness.services);
  }
}
