package nl.brug.platform.demo;

import java.util.List;

/**
 * The demo municipalities (by CBS code) and two teams each. Codes match the demo accounts of the
 * development identity store.
 */
final class DemoOrganisation {

  record DemoTeam(String code, String name) {}

  record DemoMunicipality(String code, String name, List<DemoTeam> teams) {}

  static final List<DemoMunicipality> MUNICIPALITIES =
      List.of(
          new DemoMunicipality(
              "GM0193",
              "Zwolle",
              List.of(
                  new DemoTeam("zwolle-zuid", "Sociaal wijkteam Zwolle-Zuid"),
                  new DemoTeam("zwolle-holtenbroek", "Sociaal wijkteam Holtenbroek"))),
          new DemoMunicipality(
              "GM0402",
              "Hilversum",
              List.of(
                  new DemoTeam("hilversum-noord", "Sociaal wijkteam Hilversum-Noord"),
                  new DemoTeam("hilversum-zuid", "Sociaal wijkteam Hilversum-Zuid"))),
          new DemoMunicipality(
              "GM0243",
              "Harderwijk",
              List.of(
                  new DemoTeam("harderwijk-stad", "Wijkteam Harderwijk Stad"),
                  new DemoTeam("harderwijk-drielanden", "Wijkteam Drielanden"))),
          new DemoMunicipality(
              "GM0233",
              "Ermelo",
              List.of(
                  new DemoTeam("ermelo-noord", "Wijkteam Ermelo-Noord"),
                  new DemoTeam("ermelo-zuid", "Wijkteam Ermelo-Zuid"))),
          new DemoMunicipality(
              "GM0050",
              "Zeewolde",
              List.of(
                  new DemoTeam("zeewolde-centrum", "Sociaal team Zeewolde Centrum"),
                  new DemoTeam("zeewolde-polder", "Sociaal team Zeewolde Buitengebied"))));

  private DemoOrganisation() {}
}
