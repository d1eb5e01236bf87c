package nl.brug.auth.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the portal keeps of a sign-in through the identity provider, in the HTTP session: the ID
 * token (for RP-initiated logout), the refresh token (to learn whether the provider's session still
 * lives), when the access token runs out, and the provider's session id (for back-channel logout).
 */
final class OidcSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String idToken;
  private final String refreshToken;
  private final Instant checkAgainAt;
  private final String providerSessionId;
  private final String subject;
  private final Instant signedInAt;

  OidcSession(
      String idToken,
      String refreshToken,
      Instant checkAgainAt,
      String providerSessionId,
      String subject,
      Instant signedInAt) {
    this.idToken = idToken;
    this.refreshToken = refreshToken;
    this.checkAgainAt = checkAgainAt;
    this.providerSessionId = providerSessionId;
    this.subject = subject;
    this.signedInAt = signedInAt;
  }

  String idToken() {
    return idToken;
  }

  String refreshToken() {
    return refreshToken;
  }

  Instant checkAgainAt() {
    return checkAgainAt;
  }

  String providerSessionId() {
    return providerSessionId;
  }

  String subject() {
    return subject;
  }

  Instant signedInAt() {
    return signedInAt;
  }

  OidcSession checkAgainAt(Instant when) {
    return new OidcSession(idToken, refreshToken, when, providerSessionId, subject, signedInAt);
  }

  OidcSession refreshed(String newIdToken, String newRefreshToken, Instant newCheckAgainAt) {
    return new OidcSession(
        newIdToken == null ? idToken : newIdToken,
        newRefreshToken == null ? refreshToken : newRefreshToken,
        newCheckAgainAt,
        providerSessionId,
        subject,
        signedInAt);
  }
}
