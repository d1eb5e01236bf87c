package nl.brug.benchmark.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;

/**
 * The synthetic Dutch corpus: item {@code i} depends only on the seed and {@code i}, so any item
 * can be made again on its own (for self-checks and queries) and a smaller corpus is the start of a
 * larger one. About one item in ten belongs to one of five municipalities; the rest are national.
 * Items were published over the three years before {@link #NEWEST}.
 */
public final class CorpusGenerator {

  /** The CBS codes and names of the municipalities some items belong to (Brug's demo ones). */
  public static final Map<String, String> MUNICIPALITIES =
      Map.of(
          "GM0193", "Zwolle",
          "GM0402", "Hilversum",
          "GM0243", "Harderwijk",
          "GM0233", "Ermelo",
          "GM0050", "Zeewolde");

  private static final List<String> MUNICIPALITY_CODES =
      MUNICIPALITIES.keySet().stream().sorted().toList();

  /** The latest publication date; items spread over the three years before it. */
  public static final Instant NEWEST = Instant.parse("2026-11-01T00:00:00Z");

  private static final long THREE_YEARS = 3L * 365 * 24 * 3600;
  private static final long SIXTY_DAYS = 60L * 24 * 3600;

  /** Kinds weighted roughly as a toolkit has them: more background, methods and cases. */
  private static final ToolkitKind[] KINDS = {
    ToolkitKind.BACKGROUND,
    ToolkitKind.BACKGROUND,
    ToolkitKind.BACKGROUND,
    ToolkitKind.WORKING_METHOD,
    ToolkitKind.WORKING_METHOD,
    ToolkitKind.CASE_EXAMPLE,
    ToolkitKind.CASE_EXAMPLE,
    ToolkitKind.INTERVIEW_GUIDE,
    ToolkitKind.INTERVIEW_GUIDE,
    ToolkitKind.TRAINING_MODULE,
    ToolkitKind.NETWORK_MAPPING_METHOD,
    ToolkitKind.DIVERSITY_CHECKLIST,
    ToolkitKind.PERSONA,
    ToolkitKind.CUSTOMER_JOURNEY
  };

  private static final List<String> THEMES =
      List.of(
          "schulden",
          "huisvesting",
          "gezondheid",
          "onderwijs",
          "werk en inkomen",
          "inburgering",
          "opvoeding",
          "eenzaamheid",
          "mantelzorg",
          "huiselijk geweld",
          "rouw en verlies",
          "geloof en zingeving");

  private static final List<String> TARGET_GROUPS =
      List.of(
          "statushouders",
          "jongeren",
          "ouderen",
          "gezinnen",
          "mantelzorgers",
          "arbeidsmigranten",
          "alleenstaande ouders",
          "nieuwkomers");

  private final long seed;
  private final DutchText text;

  public CorpusGenerator(DutchWords words, long seed) {
    this.seed = seed;
    this.text = new DutchText(words);
  }

  /** Item number {@code i} (from 0). */
  public SyntheticItem item(int i) {
    SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (i + 1L)));
    UUID id = uuid(random);
    UUID revisionId = uuid(random);
    ToolkitKind kind = KINDS[random.nextInt(KINDS.length)];
    String municipality =
        random.nextInt(10) == 0
            ? MUNICIPALITY_CODES.get(random.nextInt(MUNICIPALITY_CODES.size()))
            : null;
    Instant publishedAt = NEWEST.minusSeconds(random.nextLong(THREE_YEARS));
    Instant createdAt = publishedAt.minusSeconds(random.nextLong(SIXTY_DAYS));
    String title = text.title(random, ItemContent.MAX_TITLE_LENGTH);
    String summary = text.summary(random, ItemContent.MAX_SUMMARY_LENGTH);
    String body = text.body(random);
    Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
    int domainCount = 1 + random.nextInt(3);
    while (domains.size() < domainCount) {
      domains.add(LifeDomain.values()[random.nextInt(LifeDomain.values().length)]);
    }
    List<String> themes = pick(random, THEMES, random.nextInt(4));
    List<String> groups = pick(random, TARGET_GROUPS, random.nextInt(3));
    EvidenceLevel evidence =
        random.nextInt(5) == 0
            ? null
            : EvidenceLevel.values()[random.nextInt(EvidenceLevel.values().length)];
    List<String> sources = new ArrayList<>();
    int sourceCount = random.nextInt(3);
    for (int s = 0; s < sourceCount; s++) {
      sources.add("Bron " + (1 + random.nextInt(400)) + ", " + (2015 + random.nextInt(11)));
    }
    LocalDate reviewBy =
        LocalDate.ofInstant(publishedAt, ZoneOffset.UTC).plusDays(365 + random.nextInt(730));
    InterviewGuide guide =
        kind == ToolkitKind.INTERVIEW_GUIDE ? text.guide(random) : InterviewGuide.NONE;
    ItemContent content =
        new ItemContent(
            title, summary, body, domains, themes, groups, evidence, sources, reviewBy, guide,
            Map.of());
    return new SyntheticItem(
        new PublishedToolkitItem(
            id, String.format("item-%07d", i), kind, municipality, 1, publishedAt, content),
        revisionId,
        createdAt);
  }

  private static List<String> pick(SplittableRandom random, List<String> from, int count) {
    List<String> left = new ArrayList<>(from);
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      picked.add(left.remove(random.nextInt(left.size())));
    }
    return picked;
  }

  /** A random (version 4) UUID from the item's own random numbers. */
  private static UUID uuid(SplittableRandom random) {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
