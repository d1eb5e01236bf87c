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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on a managed Payara Micro, deployed ONCE for every group of checks against it (a
 * Payara Micro start costs 30-55 s): each {@code @Nested} class runs one {@code *Checks} class
 * while this class's deployment is up. A new group of API checks goes here as one more nested
 * class, not as a new {@code *IT} class.
 *
 * <p>Arquillian 1.10.2 injects {@code @ArquillianResource} only into this outer instance, not into
 * the nested ones: the groups get the address through {@link #base()} ({@link DeployedAddress}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PlatformIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive platform() {
    return BrugWar.asBuilt();
  }

  /** The deployment's address, for the nested groups. */
  public static URL base() {
    URL address = DeployedAddress.address();
    if (address == null) {
      throw new IllegalStateException(
          "No address of the deployment: DeployedAddress did not see it deployed; run the groups"
              + " through PlatformIT");
    }
    return address;
  }

  @Test
  void theGroupsGetTheAddressArquillianInjects_andItAnswers() throws Exception {
    assertThat(base()).isEqualTo(base);
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
