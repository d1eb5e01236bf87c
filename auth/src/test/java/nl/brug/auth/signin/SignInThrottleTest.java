package nl.brug.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.brug.auth.signin.PortalOidcTest.TestClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final String HOME = "192.0.2.10";
  private static final String OFFICE = "198.51.100.7";

  private final TestClock clock = new TestClock(Instant.parse("2026-12-08T09:00:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(clock);

  private void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }

  @Test
  void fourFailures_stillLetTheNextAttemptThrough() {
    fail("sanne", HOME, 4);

    assertThat(throttle.refusal("sanne", HOME)).isEmpty();
  }

  @Test
  void theFifthFailureForAnAccount_refusesItForAMinute_fromAnyAddress() {
    fail("sanne", HOME, 5);

    assertThat(throttle.refusal("sanne", HOME)).hasValue(Duration.ofMinutes(1));
    assertThat(throttle.refusal("sanne", OFFICE)).as("another address").isPresent();
    assertThat(throttle.refusal("kees", HOME))
        .as("another account from the same address")
        .isEmpty();
  }

  @Test
  void theAccountIsTheSame_howeverItIsTyped() {
    fail("sanne", HOME, 3);
    fail(" Sanne ", HOME, 1);
    fail("SANNE", HOME, 1);

    assertThat(throttle.refusal("sanne", HOME)).isPresent();
  }

  @Test
  void theWaitEnds_andEachFailureAfterItDoublesTheNextWait_upToFifteenMinutes() {
    fail("sanne", HOME, 5);
    clock.advance(Duration.ofSeconds(40));
    assertThat(throttle.refusal("sanne", HOME)).hasValue(Duration.ofSeconds(20));

    clock.advance(Duration.ofSeconds(20));
    assertThat(throttle.refusal("sanne", HOME)).as("the minute has passed").isEmpty();

    Duration[] expected = {
      Duration.ofMinutes(2),
      Duration.ofMinutes(4),
      Duration.ofMinutes(8),
      Duration.ofMinutes(15),
      Duration.ofMinutes(15)
    };
    for (Duration wait : expected) {
      throttle.failed("sanne", HOME);
      assertThat(throttle.refusal("sanne", HOME)).hasValue(wait);
      clock.advance(wait);
      assertThat(throttle.refusal("sanne", HOME)).isEmpty();
    }
  }

  @Test
  void failuresOlderThanTheWindow_doNotCount() {
    fail("sanne", HOME, 4);
    clock.advance(SignInThrottle.WINDOW.plusSeconds(1));

    fail("sanne", HOME, 4);

    assertThat(throttle.refusal("sanne", HOME)).isEmpty();
  }

  @Test
  void theWindowSlides_fiveFailuresWithinFifteenMinutesCount_spreadWiderTheyDoNot() {
    failEvery(Duration.ofMinutes(3), "sanne");
    assertThat(throttle.refusal("sanne", HOME)).as("within 12 minutes").isPresent();

    failEvery(Duration.ofMinutes(4), "kees");
    assertThat(throttle.refusal("kees", HOME)).as("within 16 minutes").isEmpty();
  }

  private void failEvery(Duration interval, String username) {
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 4; i++) {
      throttle.failed(username, "192.0.2." + i);
      clock.advance(interval);
    }
    throttle.failed(username, HOME);
  }

  @Test
  void aQuietPeriodAfterTheLastWait_forgetsTheAccount_andItStartsAfresh() {
    fail("sanne", HOME, 5);
    clock.advance(SignInThrottle.FIRST_WAIT.plus(SignInThrottle.WINDOW));

    throttle.failed("sanne", HOME);

    assertThat(throttle.refusal("sanne", HOME)).isEmpty();
  }

  @Test
  void aSuccessfulSignIn_forgetsTheAccountsFailures() {
    fail("sanne", HOME, 4);

    throttle.succeeded("Sanne");
    fail("sanne", HOME, 4);

    assertThat(throttle.refusal("sanne", HOME)).isEmpty();
  }

  @Test
  void manyAccountsTriedFromOneAddress_refuseThatAddress_butNotOthers() {
    for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
      throttle.failed("gok" + i, HOME);
    }

    assertThat(throttle.refusal("nog-een-gok", HOME)).hasValue(Duration.ofMinutes(1));
    assertThat(throttle.refusal("sanne", HOME)).as("every account from that address").isPresent();
    assertThat(throttle.refusal("sanne", OFFICE)).as("the same account elsewhere").isEmpty();
  }

  @Test
  void aSuccessDoesNotWipeTheAddressCount() {
    for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT - 1; i++) {
      throttle.failed("gok" + i, HOME);
    }
    throttle.succeeded("sanne");

    throttle.failed("nog-een-gok", HOME);

    assertThat(throttle.refusal("sanne", HOME)).isPresent();
  }

  @Test
  void anIpv6Client_countsByItsSlash64Network() {
    for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
      throttle.failed("gok" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
    }

    assertThat(throttle.refusal("wie-dan-ook", "2001:db8:1:2:ffff::9")).isPresent();
    assertThat(throttle.refusal("wie-dan-ook", "2001:db8:1:3::1")).isEmpty();
  }

  @Test
  void aFloodOfMadeUpUsernames_keepsMemoryBounded_andKeepsTheWaitingAccounts() {
    SignInThrottle bounded = new SignInThrottle(clock, 100);
    for (int i = 0; i < 5; i++) {
      bounded.failed("sanne", HOME);
    }

    for (int i = 0; i < 10_000; i++) {
      bounded.failed("verzonnen-" + i, "203.0.113." + (i % 250));
    }

    assertThat(bounded.remembered()).isLessThanOrEqualTo(200);
    assertThat(bounded.refusal("sanne", OFFICE)).as("still waiting after the flood").isPresent();
  }

  @Test
  void aSecondsWait_isToldInWholeMinutes() {
    assertThat(new SignInThrottledException(Duration.ofSeconds(61)).getMessage())
        .isEqualTo(
            "Te veel mislukte pogingen om aan te melden. Probeer het over 2 minuten opnieuw.");
    assertThat(new SignInThrottledException(Duration.ofSeconds(20)).getMessage())
        .contains("over 1 minuut opnieuw");
    assertThat(new SignInThrottledException(Duration.ofMillis(20_001)).retryAfterSeconds())
        .isEqualTo(21);
  }
}
