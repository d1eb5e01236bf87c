package nl.brug.auth.signin;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads an HTTP Basic {@code Authorization} header (RFC 7617). */
final class BasicCredentials {

  private static final String SCHEME = "basic ";

  private BasicCredentials() {}

  /**
   * The credential in the header, or empty when there is no Basic header. A malformed Basic header
   * gives a credential that no store accepts, so it is refused rather than ignored.
   */
  static Optional<Credential> from(String header) {
    if (header == null || header.length() < SCHEME.length()) {
      return Optional.empty();
    }
    if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(SCHEME.length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.of(new UsernamePasswordCredential("", ""));
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.of(new UsernamePasswordCredential(decoded, ""));
    }
    return Optional.of(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }
}
