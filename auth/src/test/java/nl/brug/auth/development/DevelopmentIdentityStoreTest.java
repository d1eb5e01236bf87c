package nl.brug.auth.development;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import nl.brug.auth.caller.BrugPrincipal;
import nl.brug.auth.caller.Role;
import nl.brug.auth.signin.RunMode;
import org.junit.jupiter.api.Test;

class DevelopmentIdentityStoreTest {

  private final DevelopmentIdentityStore development =
      new DevelopmentIdentityStore(new RunMode("development"));

  @Test
  void demoAccountWithItsPassword_isSignedInWithRolesMunicipalityAndTeam() {
    CredentialValidationResult result =
        development.validate(new UsernamePasswordCredential("sanne", DemoAccounts.PASSWORD));

    assertThat(result.getStatus()).isEqualTo(Status.VALID);
    assertThat(result.getCallerGroups()).containsExactly("professional");
    BrugPrincipal principal = (BrugPrincipal) result.getCallerPrincipal();
    assertThat(principal.caller().municipalityCode()).isEqualTo("GM0193");
    assertThat(principal.caller().teamCode()).isEqualTo("zwolle-zuid");
  }

  @Test
  void wrongPasswordOrUnknownUser_isRefused() {
    assertThat(development.validate(new UsernamePasswordCredential("sanne", "demo2")).getStatus())
        .isEqualTo(Status.INVALID);
    assertThat(development.validate(new UsernamePasswordCredential("nobody", "demo")).getStatus())
        .isEqualTo(Status.INVALID);
  }

  @Test
  void inProductionMode_demoAccountsOpenNothing() {
    DevelopmentIdentityStore production = new DevelopmentIdentityStore(new RunMode("production"));

    assertThat(
            production
                .validate(new UsernamePasswordCredential("daan", DemoAccounts.PASSWORD))
                .getStatus())
        .isEqualTo(Status.NOT_VALIDATED);
  }

  @Test
  void everyRoleHasADemoAccount_andUsernamesAreUnique() {
    assertThat(DemoAccounts.all().stream().flatMap(a -> a.caller().roles().stream()))
        .contains(Role.values());
    assertThat(DemoAccounts.all().stream().map(DemoAccount::username)).doesNotHaveDuplicates();
  }
}
