package nl.brug.auth.development;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.brug.auth.caller.BrugPrincipal;
import nl.brug.auth.caller.Role;
import nl.brug.auth.signin.RunMode;

/**
 * The development identity store: checks the {@link DemoAccounts}. It validates nothing when Brug
 * runs in production mode, so demo passwords never open a production platform.
 */
@ApplicationScoped
public class DevelopmentIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(DevelopmentIdentityStore.class.getName());

  private RunMode runMode;

  protected DevelopmentIdentityStore() {
    // for CDI proxies
  }

  @Inject
  public DevelopmentIdentityStore(RunMode runMode) {
    this.runMode = runMode;
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    if (!runMode.developmentAccountsAllowed()) {
      LOG.warning("Refused a demo-account sign-in: the development identity store is off.");
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return DemoAccounts.find(credential.getCaller())
        .filter(account -> samePassword(account.password(), credential.getPasswordAsString()))
        .map(
            account ->
                new CredentialValidationResult(
                    new BrugPrincipal(account.caller()), groupsOf(account.caller().roles())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static Set<String> groupsOf(Set<Role> roles) {
    return roles.stream().map(Role::id).collect(Collectors.toUnmodifiableSet());
  }

  private static boolean samePassword(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8));
  }
}
