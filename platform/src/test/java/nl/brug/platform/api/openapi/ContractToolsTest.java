package nl.brug.platform.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tools of the API contract check stay what CI and the shared checks use. */
class ContractToolsTest {

  private final Path repository = Spectral.repository();

  @Test
  void rulesetCopy_isTheSharedRuleset_whenThatIsBesideTheClone() throws Exception {
    Path shared = repository.resolveSibling("shared/checks/adr-ruleset.yaml");
    String copy = Files.readString(repository.resolve(Spectral.RULESET));

    assertThat(copy).as("the copy says where it comes from").startsWith("# Copy of ");
    if (Files.exists(shared)) {
      assertThat(copy.substring(copy.indexOf('\n') + 1))
          .as("%s differs from %s: copy it again (keep the first line)", Spectral.RULESET, shared)
          .isEqualTo(Files.readString(shared));
    }
  }

  @Test
  void ciInstalls_theSpectralVersionTheTestsRun() throws Exception {
    assertThat(Files.readString(repository.resolve(".ci/run")))
        .contains("@stoplight/spectral-cli@" + Spectral.VERSION);
  }
}
