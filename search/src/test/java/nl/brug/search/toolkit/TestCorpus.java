package nl.brug.search.toolkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.content.toolkit.entity.TranslationStatus;

/** A small fixed toolkit whose words are chosen to prove one analysis rule each. */
final class TestCorpus implements PublishedItems {

  static final String ZWOLLE = "GM0193";

  final PublishedToolkitItem interpreter =
      item(
          1,
          ToolkitKind.WORKING_METHOD,
          null,
          "Werken met een tolk",
          "Hoe je een tolk inzet bij een gesprek.",
          "Regel de tolk ruim van tevoren. Spreek de cliënt aan, niet de tolk. Voor Arabisch en"
              + " Tigrinya zijn tolken soms lang vooraf te boeken.",
          Set.of(LifeDomain.TAAL),
          List.of("tolken", "communicatie"),
          List.of("statushouders"));
  final PublishedToolkitItem debts =
      item(
          2,
          ToolkitKind.BACKGROUND,
          null,
          "Schuldhulpverlening uitgelegd",
          "Wat de gemeente biedt aan mensen met geldzorgen.",
          "De gemeentelijke schuldhulpverlening begint met een intake. Budgetbeheer kan daarna.",
          Set.of(LifeDomain.MAATSCHAPPELIJK),
          List.of("geld"),
          List.of("gezinnen"));
  final PublishedToolkitItem keyPersons =
      item(
          3,
          ToolkitKind.WORKING_METHOD,
          null,
          "Sleutelpersonen uit de Eritrese gemeenschap",
          "Samenwerken met mensen die vertrouwen genieten in hun gemeenschap.",
          "Sleutelpersonen brengen je in contact met gezinnen uit Eritrea die hulp mijden.",
          Set.of(LifeDomain.SOCIAAL),
          List.of("netwerk"),
          List.of("statushouders"));
  final PublishedToolkitItem integrated =
      item(
          4,
          ToolkitKind.BACKGROUND,
          null,
          "Geïntegreerd werken in de buurt",
          "Alle diensten rond één gezin.",
          "Wie geïntegreerd werkt, maakt één plan met het gezin.",
          Set.of(LifeDomain.MAATSCHAPPELIJK, LifeDomain.SOCIAAL),
          List.of("samenwerking"),
          List.of("gezinnen"));
  final PublishedToolkitItem zwolle =
      item(
          5,
          ToolkitKind.WORKING_METHOD,
          ZWOLLE,
          "Wie doet wat in Zwolle",
          "De sociale kaart van Zwolle voor nieuwkomers.",
          "In Zwolle helpt het Humanitas-steunpunt bij formulieren.",
          Set.of(LifeDomain.MAATSCHAPPELIJK),
          List.of("sociale kaart"),
          List.of("statushouders"));
  final PublishedToolkitItem moneyGuide =
      new PublishedToolkitItem(
          id(6),
          "gesprek-over-geld",
          ToolkitKind.INTERVIEW_GUIDE,
          null,
          1,
          Instant.parse("2026-10-06T09:00:00Z"),
          new ItemContent(
              "Gesprek over geld",
              "Vragen om samen zicht te krijgen op inkomsten en uitgaven.",
              "Begin met wat goed gaat.",
              Set.of(LifeDomain.MAATSCHAPPELIJK),
              List.of("geld"),
              List.of("statushouders"),
              null,
              List.of(),
              null,
              new InterviewGuide(
                  List.of(
                      new InterviewGuide.Section(
                          "Inkomsten",
                          List.of(
                              new InterviewGuide.Question(
                                  "Hoe houdt u bij wat er binnenkomt?",
                                  "Zicht op inkomsten",
                                  List.of("Wie beheert de bankpas?"),
                                  Map.of(
                                      Language.EN,
                                      new InterviewGuide.Translation(
                                          "How do you keep track of the money coming in?",
                                          TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW),
                                      Language.AR,
                                      new InterviewGuide.Translation(
                                          "كيف تتابع الأموال التي تصلك؟",
                                          TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW))))))),
              Map.of()));
  final PublishedToolkitItem networkMap =
      item(
          7,
          ToolkitKind.NETWORK_MAPPING_METHOD,
          null,
          "Netwerkkaart maken",
          "Samen met de cliënt tekenen wie er om hem heen staat.",
          "Teken drie cirkels: familie, vrienden, instanties. <script>alert(1)</script>",
          Set.of(LifeDomain.SOCIAAL),
          List.of("netwerk"),
          List.of("jongeren"));
  final PublishedToolkitItem firstYear =
      item(
          8,
          ToolkitKind.BACKGROUND,
          null,
          "Statushouders en hun eerste jaar",
          "Wat er op iemand afkomt na het azc.",
          "Inburgering, een woning, werk en school: alles tegelijk.",
          Set.of(LifeDomain.MAATSCHAPPELIJK, LifeDomain.GEEST),
          List.of("inburgering"),
          List.of("statushouders"));

  final List<PublishedToolkitItem> all =
      new ArrayList<>(
          List.of(
              interpreter,
              debts,
              keyPersons,
              integrated,
              zwolle,
              moneyGuide,
              networkMap,
              firstYear));

  static UUID id(int n) {
    return UUID.fromString("00000000-0000-0000-0000-00000000000" + n);
  }

  private static PublishedToolkitItem item(
      int n,
      ToolkitKind kind,
      String municipality,
      String title,
      String summary,
      String body,
      Set<LifeDomain> domains,
      List<String> themes,
      List<String> targetGroups) {
    return new PublishedToolkitItem(
        id(n),
        "item-" + n,
        kind,
        municipality,
        1,
        Instant.parse("2026-10-0" + n + "T09:00:00Z"),
        new ItemContent(
            title, summary, body, domains, themes, targetGroups, null, List.of(), null));
  }

  SearchIndex indexedOneByOne() {
    SearchIndex index = SearchIndex.inMemory();
    all.forEach(index::put);
    return index;
  }

  @Override
  public List<UUID> ids() {
    return all.stream().map(PublishedToolkitItem::id).toList();
  }

  @Override
  public List<PublishedToolkitItem> read(List<UUID> ids) {
    return all.stream().filter(i -> ids.contains(i.id())).toList();
  }
}
