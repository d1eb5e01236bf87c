package nl.brug.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import nl.brug.platform.api.assessment.ActionPointsChecks;
import nl.brug.platform.api.assessment.AssessmentRoundsChecks;
import nl.brug.platform.api.isolation.TenantIsolationChecks;
import nl.brug.platform.api.search.SearchChecks;
import nl.brug.platform.api.toolkit.ToolkitItemsChecks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on a managed Payara Micro, deployed ONCE for every group of checks against it (a
 * Payara Micro start costs 30-55 s): each {@code @Nested} class runs one {@code *Checks} class
 * while this class's deployment is up. A new group of API checks goes here as one more nested
 * class, not as a new {@code *IT} class.
 *
 * <p>Arquillian 1.10.2 enriches only this outer instance with the deployment's address, and only in
 * this class's own tests, which JUnit runs before the nested classes; {@link
 * #deploymentAnswers_beforeAnyGroupRuns} keeps the address for the groups ({@link #base()}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PlatformIT {

  private static volatile URL deployed;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive platform() {
    return BrugWar.asBuilt();
  }

  @BeforeEach
  void keepTheAddress() {
    if (base != null) {
      deployed = base;
    }
  }

  /** The deployment's address, for the nested groups. */
  public static URL base() {
    if (deployed == null) {
      throw new IllegalStateException(
          "No address of the deployment: the groups learn it from PlatformIT's own test, which"
              + " runs first; run them through PlatformIT (-Dit.test='PlatformIT'), not alone");
    }
    return deployed;
  }

  @Test
  void deploymentAnswers_beforeAnyGroupRuns() throws Exception {
    assertThat(base).as("address of the deployment").isNotNull();
    HttpResponse<String> live = new ApiClient(base).get("/health/live", null);

    assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
  }

  @Nested
  class Platform extends BrugPlatformChecks {}

  @Nested
  class ToolkitItems extends ToolkitItemsChecks {}

  @Nested
  class Search extends SearchChecks {}

  @Nested
  class TenantIsolation extends TenantIsolationChecks {}

  @Nested
  class AssessmentRounds extends AssessmentRoundsChecks {}

  @Nested
  class ActionPoints extends ActionPointsChecks {}
}
