package nl.brug.auth.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;

/**
 * Who a verified token speaks for. Roles, municipality and team come from the token only, never
 * from anything else in the request:
 *
 * <ul>
 *   <li>username: {@code preferred_username} (else {@code sub}); name: {@code name};
 *   <li>roles: Brug's role ids in {@code groups} and in Keycloak's {@code realm_access.roles};
 *       other values are ignored;
 *   <li>municipality: {@code municipality}, or of {@code municipalities} (Keycloak keeps no order)
 *       the lowest CBS code, so the same token always gives the same one; all of them as the
 *       municipalities the caller may switch between; team: {@code team}.
 * </ul>
 */
public final class TokenCaller {

  private TokenCaller() {}

  /**
   * The caller the (already verified) claims describe.
   *
   * @throws RefusedTokenException when the claims name no user or have the wrong types
   */
  public static Caller of(JWTClaimsSet claims) {
    try {
      String username =
          Optional.ofNullable(claims.getStringClaim("preferred_username"))
              .filter(s -> !s.isBlank())
              .orElse(claims.getSubject());
      if (username == null || username.isBlank()) {
        throw new RefusedTokenException("Het token noemt geen gebruiker.");
      }
      String name =
          Optional.ofNullable(claims.getStringClaim("name"))
              .filter(s -> !s.isBlank())
              .orElse(username);
      return new Caller(
          username,
          name,
          roles(claims),
          municipality(claims),
          claims.getStringClaim("team"),
          municipalities(claims));
    } catch (ParseException e) {
      throw new RefusedTokenException("Het token bevat gegevens van de verkeerde soort.", e);
    }
  }

  private static Set<Role> roles(JWTClaimsSet claims) throws ParseException {
    List<String> ids = new ArrayList<>();
    Optional.ofNullable(claims.getStringListClaim("groups")).ifPresent(ids::addAll);
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    if (realmAccess != null && realmAccess.get("roles") instanceof List<?> realmRoles) {
      realmRoles.forEach(role -> ids.add(String.valueOf(role)));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    ids.forEach(id -> Role.fromId(id.startsWith("/") ? id.substring(1) : id).ifPresent(roles::add));
    return roles;
  }

  private static Set<String> municipalities(JWTClaimsSet claims) throws ParseException {
    Set<String> all = new TreeSet<>();
    Optional.ofNullable(claims.getStringListClaim("municipalities")).ifPresent(all::addAll);
    all.removeIf(code -> code == null || code.isBlank());
    return all;
  }

  private static String municipality(JWTClaimsSet claims) throws ParseException {
    String single = claims.getStringClaim("municipality");
    if (single != null && !single.isBlank()) {
      return single;
    }
    List<String> several = claims.getStringListClaim("municipalities");
    return several == null ? null : several.stream().sorted().findFirst().orElse(null);
  }
}
