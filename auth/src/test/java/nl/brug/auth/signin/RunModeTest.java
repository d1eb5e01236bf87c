package nl.brug.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
