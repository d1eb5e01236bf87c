package nl.brug.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response of Brug carries. The Content-Security-Policy is what Vaadin's
 * production bundle needs and no more: its bootstrap page has inline scripts and styles, and {@code
 * executeJs} evaluates JavaScript ({@code 'unsafe-inline'}, {@code 'unsafe-eval'}); images may be
 * data or blob addresses (SVG icons, charts, downloads); every request goes to Brug itself. Nothing
 * may frame Brug, and forms only post to Brug.
 */
public final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "frame-ancestors 'none'",
          "base-uri 'self'",
          "form-action 'self'");

  /** One year, for HSTS. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private SecurityHeaders() {}

  /** The headers for Brug at this public address: HSTS only when that address is https. */
  public static Map<String, String> forPublicAddress(String publicUrl) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    if (isHttps(publicUrl)) {
      headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    return Map.copyOf(headers);
  }

  public static boolean isHttps(String publicUrl) {
    return publicUrl != null && publicUrl.strip().regionMatches(true, 0, "https://", 0, 8);
  }
}
