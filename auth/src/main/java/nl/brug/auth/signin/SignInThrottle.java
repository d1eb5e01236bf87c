package nl.brug.auth.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing on Brug's own sign-ins (the demo accounts on the portal's form and
 * HTTP Basic on the API), per account and per client address. After {@link #ACCOUNT_LIMIT} failed
 * attempts for one account within {@link #WINDOW} (or {@link #ADDRESS_LIMIT} from one address),
 * further attempts are refused for {@link #FIRST_WAIT}; every failure after such a wait doubles it,
 * up to {@link #LONGEST_WAIT}. A refused attempt checks no password and counts for nothing. A
 * successful sign-in forgets the account's failures; the address keeps its count until the window
 * passes, so that one known password cannot wipe out the evidence of guessing at others.
 *
 * <p>Sign-ins through the identity provider (Keycloak) never pass here: Keycloak has its own
 * brute-force protection. Memory is bounded: at most {@link #MAX_ENTRIES} accounts and as many
 * addresses are remembered; when full, the entries that are not waiting and were touched longest
 * ago go first.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int ACCOUNT_LIMIT = 5;

  /** Much higher than per account: colleagues behind one office address share it. */
  static final int ADDRESS_LIMIT = 50;

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_WAIT = Duration.ofMinutes(1);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  static final int MAX_ENTRIES = 10_000;

  private static final int LONGEST_KEY = 100;

  private Clock clock;
  private Failures accounts;
  private Failures addresses;

  protected SignInThrottle() {
    // for CDI proxies
  }

  @Inject
  public SignInThrottle(Clock clock) {
    this(clock, MAX_ENTRIES);
  }

  SignInThrottle(Clock clock, int maxEntries) {
    this.clock = clock;
    this.accounts = new Failures(ACCOUNT_LIMIT, maxEntries);
    this.addresses = new Failures(ADDRESS_LIMIT, maxEntries);
  }

  /**
   * How long an attempt for this account from this address must still wait, or empty when it may go
   * ahead. Asking does not count as an attempt.
   */
  public synchronized Optional<Duration> refusal(String username, String address) {
    Instant now = clock.instant();
    Duration account = accounts.waitFor(accountKey(username), now);
    Duration from = addresses.waitFor(addressKey(address), now);
    Duration longer = account.compareTo(from) >= 0 ? account : from;
    return longer.isZero() ? Optional.empty() : Optional.of(longer);
  }

  /** Counts a refused password for this account and this address. */
  public synchronized void failed(String username, String address) {
    Instant now = clock.instant();
    accounts.failed(accountKey(username), now);
    addresses.failed(addressKey(address), now);
  }

  /** Forgets the account's failures after a successful sign-in. */
  public synchronized void succeeded(String username) {
    accounts.forget(accountKey(username));
  }

  /** How many accounts and addresses are remembered (for tests of the memory bound). */
  synchronized int remembered() {
    return accounts.size() + addresses.size();
  }

  /** One account however it is typed: trimmed, lower case, Unicode-normalised, bounded length. */
  static String accountKey(String username) {
    String key =
        Normalizer.normalize(username == null ? "" : username.strip(), Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT);
    return key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
  }

  /**
   * The client address as the servlet container reports it; an IPv6 address counts by its /64
   * network, since one client usually holds a whole /64 and could otherwise step through it. Behind
   * a reverse proxy this is the proxy, unless the container takes the client from the proxy's
   * {@code X-Forwarded-For}; the header itself is never trusted here (anyone can send it).
   */
  static String addressKey(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    if (address.indexOf(':') < 0) {
      return address.length() > LONGEST_KEY ? address.substring(0, LONGEST_KEY) : address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
      if (bytes.length == 16) {
        Arrays.fill(bytes, 8, 16, (byte) 0);
      }
      return InetAddress.getByAddress(bytes).getHostAddress() + (bytes.length == 16 ? "/64" : "");
    } catch (UnknownHostException | SecurityException notAnAddress) {
      return address.length() > LONGEST_KEY ? address.substring(0, LONGEST_KEY) : address;
    }
  }

  /** Failures per key (account or address), least recently touched first. */
  private static final class Failures {

    private final int limit;
    private final int maxEntries;
    private final LinkedHashMap<String, Failure> byKey = new LinkedHashMap<>(16, 0.75f, true);

    Failures(int limit, int maxEntries) {
      this.limit = limit;
      this.maxEntries = maxEntries;
    }

    Duration waitFor(String key, Instant now) {
      Failure failure = byKey.get(key);
      if (failure == null) {
        return Duration.ZERO;
      }
      if (failure.forgottenAt().compareTo(now) <= 0) {
        byKey.remove(key);
        return Duration.ZERO;
      }
      return failure.waitingUntil == null || !failure.waitingUntil.isAfter(now)
          ? Duration.ZERO
          : Duration.between(now, failure.waitingUntil);
    }

    void failed(String key, Instant now) {
      Failure failure = byKey.get(key);
      if (failure == null || failure.forgottenAt().compareTo(now) <= 0) {
        failure = new Failure();
        byKey.put(key, failure);
      }
      failure.add(now, limit);
      if (failure.waits > 0 || failure.times.size() >= limit) {
        failure.waits++;
        failure.waitingUntil = now.plus(waitAfter(failure.waits));
      }
      evictBeyondBound(now);
    }

    void forget(String key) {
      byKey.remove(key);
    }

    int size() {
      return byKey.size();
    }

    /**
     * Keeps at most {@code maxEntries}: first the forgotten, then those not waiting, least recently
     * touched first; only when every entry is waiting, the least recently touched of those.
     */
    private void evictBeyondBound(Instant now) {
      if (byKey.size() <= maxEntries) {
        return;
      }
      Iterator<Map.Entry<String, Failure>> oldestFirst = byKey.entrySet().iterator();
      while (byKey.size() > maxEntries && oldestFirst.hasNext()) {
        Failure failure = oldestFirst.next().getValue();
        if (failure.forgottenAt().compareTo(now) <= 0
            || failure.waitingUntil == null
            || !failure.waitingUntil.isAfter(now)) {
          oldestFirst.remove();
        }
      }
      oldestFirst = byKey.entrySet().iterator();
      while (byKey.size() > maxEntries) {
        oldestFirst.next();
        oldestFirst.remove();
      }
    }

    private static Duration waitAfter(int waits) {
      Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(waits - 1, 20));
      return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
  }

  /** The recent failures of one key and the wait they earned. */
  private static final class Failure {

    private final Deque<Instant> times = new ArrayDeque<>();
    private int waits;
    private Instant waitingUntil;

    /** Adds a failure, keeping only those within the window (at most {@code limit}). */
    void add(Instant now, int limit) {
      Instant windowStart = now.minus(WINDOW);
      while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
        times.removeFirst();
      }
      times.addLast(now);
      while (times.size() > limit) {
        times.removeFirst();
      }
    }

    /**
     * When the key is forgotten: a window after its last failure, or after its wait ended. A
     * failure in between a wait's end and this moment starts a longer wait at once.
     */
    Instant forgottenAt() {
      Instant last = times.isEmpty() ? Instant.MIN : times.peekLast();
      Instant latest = waitingUntil != null && waitingUntil.isAfter(last) ? waitingUntil : last;
      return latest.plus(WINDOW);
    }
  }
}
