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

  public PortalHarness.StandInAttachments attachments() {
    return harness.attachments;
  }

  public PortalHarness.StandInToolkit toolkit() {
    return harness.toolkit;
  }
}
