package nl.brug.auth.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identity-provider sessions that ended (back-channel logout): by session id, or for a whole user
 * before a moment. Portal sessions check it on every request. Kept in memory for longer than the
 * provider's longest session (10 h in the demo realm), then forgotten.
 */
@ApplicationScoped
class EndedSessions {

  static final Duration REMEMBER = Duration.ofHours(12);

  private final Map<String, Instant> sessionIds = new ConcurrentHashMap<>();
  private final Map<String, Instant> subjects = new ConcurrentHashMap<>();
  private final Clock clock;

  EndedSessions() {
    this(Clock.systemUTC());
  }

  EndedSessions(Clock clock) {
    this.clock = clock;
  }

  void sessionEnded(String providerSessionId) {
    forgetOld();
    sessionIds.put(providerSessionId, clock.instant());
  }

  void allSessionsEnded(String subject) {
    forgetOld();
    subjects.put(subject, clock.instant());
  }

  boolean ended(OidcSession session) {
    if (session.providerSessionId() != null
        && sessionIds.containsKey(session.providerSessionId())) {
      return true;
    }
    Instant allEnded = session.subject() == null ? null : subjects.get(session.subject());
    return allEnded != null && !session.signedInAt().isAfter(allEnded);
  }

  private void forgetOld() {
    Instant horizon = clock.instant().minus(REMEMBER);
    sessionIds.values().removeIf(when -> when.isBefore(horizon));
    subjects.values().removeIf(when -> when.isBefore(horizon));
  }
}
