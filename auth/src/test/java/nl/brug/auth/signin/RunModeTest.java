package nl.brug.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunModeTest {

  @Test
  void productionRefusesDemoAccounts_developmentAllowsThem() {
    assertThat(new RunMode(" Production ").developmentAccountsAllowed()).isFalse();
    assertThat(new RunMode("development").developmentAccountsAllowed()).isTrue();
  }

  @Test
  void aMistypedMode_stopsTheStartInsteadOfFallingBackToDevelopment() {
    assertThatThrownBy(() -> new RunMode("prod"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BRUG_MODE");
  }

  @Test
  void signingInThroughAnIdentityProvider_turnsTheDemoAccountsOff_evenInDevelopment() {
    assertThat(new RunMode("development", Optional.of("brug-portal")).developmentAccountsAllowed())
        .isFalse();
    assertThat(new RunMode("production", Optional.of("brug-portal")).developmentAccountsAllowed())
        .isFalse();
  }

  @Test
  void aBlankClientId_isNoIdentityProviderSignIn() {
    assertThat(new RunMode("development", Optional.of(" ")).developmentAccountsAllowed()).isTrue();
    assertThat(new RunMode("development", Optional.empty()).developmentAccountsAllowed()).isTrue();
  }
}
