package nl.brug.auth.development;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;

/**
 * The demo accounts of the development identity store: at least one for every role, spread over the
 * demo municipalities, and a regional expert (rachida) who works for Zwolle, Ermelo and Harderwijk.
 * Municipality and team codes match the demo data of the platform and the demo Keycloak realm.
 */
public final class DemoAccounts {

  /** The password of every demo account. Demo only: the store is refused in production mode. */
  public static final String PASSWORD = "demo";

  private static final List<DemoAccount> ACCOUNTS =
      List.of(
          account("sanne", "Sanne de Vries", "GM0193", "zwolle-zuid", Role.PROFESSIONAL),
          account("kees", "Kees Smit", "GM0193", "zwolle-zuid", Role.PROFESSIONAL),
          account("hatice", "Hatice Kaya", "GM0193", "zwolle-zuid", Role.PROFESSIONAL),
          account("youssef", "Youssef El Amrani", "GM0402", "hilversum-noord", Role.PROFESSIONAL),
          account("lotte", "Lotte Hendriks", "GM0050", "zeewolde-centrum", Role.PROFESSIONAL),
          account("fatima", "Fatima Haidari", "GM0193", null, Role.EXPERT),
          account("noor", "Noor van Dijk", "GM0193", null, Role.EXPERT),
          account("thomas", "Thomas Bakker", "GM0243", null, Role.EXPERT),
          account("marieke", "Marieke Jansen", "GM0193", "zwolle-zuid", Role.TEAM_LEAD),
          account("ahmed", "Ahmed Yilmaz", "GM0233", null, Role.TRAINER),
          account("ingrid", "Ingrid Mulder", "GM0193", null, Role.COORDINATOR),
          account("daan", "Daan Visser", null, null, Role.ADMIN),
          new DemoAccount(
              PASSWORD,
              new Caller(
                  "rachida",
                  "Rachida Bouzid",
                  EnumSet.of(Role.EXPERT),
                  "GM0193",
                  null,
                  Set.of("GM0193", "GM0233", "GM0243"))));

  private DemoAccounts() {}

  public static List<DemoAccount> all() {
    return ACCOUNTS;
  }

  public static Optional<DemoAccount> find(String username) {
    return ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst();
  }

  private static DemoAccount account(
      String username, String name, String municipality, String team, Role role) {
    return new DemoAccount(
        PASSWORD, new Caller(username, name, EnumSet.of(role), municipality, team));
  }
}
