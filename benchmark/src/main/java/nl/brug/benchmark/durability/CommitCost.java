package nl.brug.benchmark.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import nl.brug.benchmark.report.Machine;
import nl.brug.content.schema.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What H2's durable commit ({@code WRITE_DELAY=0}, Brug's default since issue 13) costs against
 * H2's own default (a commit written up to 500 ms later): four writers create drafts and save each
 * three times on Brug's schema (a new item, its revision and themes; a save updates the revision,
 * replaces its themes and raises the item's version), one commit per draft or save, as the
 * application does. Both databases are H2 files on the same disk; the settings take turns, round by
 * round, in alternating order, so other work on the machine hits both alike. Prints a Markdown
 * table for BENCHMARKS.md.
 *
 * <p>Run: {@code ./mvnw -B -o -q -pl benchmark -am package -DskipTests} then {@code java -cp
 * <benchmark's class path> nl.brug.benchmark.durability.CommitCost [rounds] [seconds] [writers]}.
 */
public final class CommitCost {

  private static final String DURABLE = "WRITE_DELAY=0";
  private static final String H2_DEFAULT = "WRITE_DELAY=500";

  private CommitCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int writers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    Path work = Files.createTempDirectory("brug-commit-cost");
    Map<String, List<Result>> results = new LinkedHashMap<>();
    List<String> settings = List.of(DURABLE, H2_DEFAULT);
    Map<String, Connection> keepOpen = new LinkedHashMap<>();
    try {
      for (String setting : settings) {
        String url = url(work, setting);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        SchemaMigration.migrate(h2);
        keepOpen.put(setting, DriverManager.getConnection(url, "sa", ""));
        results.put(setting, new ArrayList<>());
        measure(url, writers, 2); // warm-up, not counted
      }
      for (int round = 0; round < rounds; round++) {
        List<String> order = new ArrayList<>(settings);
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (String setting : order) {
          Result result = measure(url(work, setting), writers, seconds);
          results.get(setting).add(result);
          System.out.printf(
              "round %d %-16s %7.1f commits/s, p50 %5.2f ms, p99 %6.2f ms%n",
              round + 1, setting, result.perSecond(), result.p50(), result.p99());
        }
      }
    } finally {
      for (Connection connection : keepOpen.values()) {
        connection.close();
      }
      deleteRecursively(work);
    }
    System.out.println();
    System.out.println(report(results, rounds, seconds, writers));
  }

  private static String url(Path work, String setting) {
    String name = setting.equals(DURABLE) ? "durable" : "delayed";
    return "jdbc:h2:file:"
        + work.resolve(name).resolve("brug")
        + ";DB_CLOSE_ON_EXIT=FALSE;"
        + setting;
  }

  /** Commits per second and commit latencies of one measurement. */
  record Result(double perSecond, double p50, double p99) {}

  private static Result measure(String url, int writers, int seconds) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch ready = new CountDownLatch(writers);
    CountDownLatch go = new CountDownLatch(1);
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      Thread thread =
          new Thread(
              () -> {
                try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                  connection.setAutoCommit(false);
                  Writer writer = new Writer(connection);
                  ready.countDown();
                  go.await();
                  int n = 1; // mine[0] counts the commits
                  while (!stop.get() && n < mine.length) {
                    long started = System.nanoTime();
                    writer.next();
                    mine[n++] = System.nanoTime() - started;
                    mine[0]++;
                  }
                } catch (Exception e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                  ready.countDown();
                }
              });
      threads.add(thread);
      thread.start();
    }
    ready.await();
    long started = System.nanoTime();
    go.countDown();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    long commits = latencies.stream().mapToLong(l -> l[0]).sum();
    long[] all = new long[(int) commits];
    int at = 0;
    for (long[] l : latencies) {
      System.arraycopy(l, 1, all, at, (int) l[0]);
      at += (int) l[0];
    }
    Arrays.sort(all);
    return new Result(commits / elapsed, percentile(all, 0.50), percentile(all, 0.99));
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
  }

  /** One writer: a new draft, then three saves of it, each its own transaction. */
  private static final class Writer {
    private final Connection connection;
    private final PreparedStatement insertItem;
    private final PreparedStatement insertRevision;
    private final PreparedStatement updateRevision;
    private final PreparedStatement deleteThemes;
    private final PreparedStatement insertTheme;
    private final PreparedStatement bumpItem;
    private final String body = "Een tolk helpt bij het gesprek met de bewoner. ".repeat(40);
    private UUID item;
    private UUID revision;
    private int saves = 3;

    Writer(Connection connection) throws SQLException {
      this.connection = connection;
      insertItem =
          connection.prepareStatement(
              "insert into toolkit_item (id, slug, kind, owner, status, created_at, version,"
                  + " slug_scope) values (?, ?, 'WORKING_METHOD', 'fatima', 'DRAFT', ?, 1, '*')");
      insertRevision =
          connection.prepareStatement(
              "insert into item_revision (id, item_id, revision_number, title, summary, body,"
                  + " created_by, last_editor, updated_at) values (?, ?, 1, ?, 'Kort', ?,"
                  + " 'fatima', 'fatima', ?)");
      updateRevision =
          connection.prepareStatement(
              "update item_revision set title = ?, body = ?, updated_at = ? where id = ?");
      deleteThemes =
          connection.prepareStatement("delete from revision_theme where revision_id = ?");
      insertTheme =
          connection.prepareStatement(
              "insert into revision_theme (revision_id, sort_order, theme) values (?, ?, ?)");
      bumpItem =
          connection.prepareStatement("update toolkit_item set version = version + 1 where id = ?");
    }

    void next() throws SQLException {
      Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
      if (saves == 3) {
        item = UUID.randomUUID();
        revision = UUID.randomUUID();
        insertItem.setObject(1, item);
        insertItem.setString(2, "bench-" + item);
        insertItem.setTimestamp(3, now);
        insertItem.executeUpdate();
        insertRevision.setObject(1, revision);
        insertRevision.setObject(2, item);
        insertRevision.setString(3, "Nieuw concept");
        insertRevision.setString(4, body);
        insertRevision.setTimestamp(5, now);
        insertRevision.executeUpdate();
        themes();
        saves = 0;
      } else {
        saves++;
        updateRevision.setString(1, "Concept versie " + saves);
        updateRevision.setString(2, body + saves);
        updateRevision.setTimestamp(3, now);
        updateRevision.setObject(4, revision);
        updateRevision.executeUpdate();
        deleteThemes.setObject(1, revision);
        deleteThemes.executeUpdate();
        themes();
        bumpItem.setObject(1, item);
        bumpItem.executeUpdate();
      }
      connection.commit();
    }

    private void themes() throws SQLException {
      String[] themes = {"tolken", "gespreksvoering"};
      for (int i = 0; i < themes.length; i++) {
        insertTheme.setObject(1, revision);
        insertTheme.setInt(2, i);
        insertTheme.setString(3, themes[i]);
        insertTheme.executeUpdate();
      }
    }
  }

  private static String report(
      Map<String, List<Result>> results, int rounds, int seconds, int writers) {
    Map<String, String> machine = Machine.facts(Map.of());
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%s; %s cores; %s; %s. %d rounds of %d s per setting, alternating, %d writers,"
                + " load average %s at the end.%n%n",
            machine.get("CPU"),
            machine.get("cores"),
            machine.get("memory"),
            machine.get("JVM"),
            rounds,
            seconds,
            writers,
            Machine.loadAverage()));
    out.append("| H2 setting | commits/s (median of rounds) | range | commit p50 | commit p99 |\n");
    out.append("| --- | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, List<Result>> entry : results.entrySet()) {
      List<Result> r = entry.getValue();
      out.append(
          String.format(
              "| `%s`%s | %.0f | %.0f–%.0f | %.2f ms | %.2f ms |%n",
              entry.getKey(),
              entry.getKey().equals(DURABLE) ? " (Brug)" : " (H2's default)",
              median(r.stream().mapToDouble(Result::perSecond).toArray()),
              r.stream().mapToDouble(Result::perSecond).min().orElse(0),
              r.stream().mapToDouble(Result::perSecond).max().orElse(0),
              median(r.stream().mapToDouble(Result::p50).toArray()),
              median(r.stream().mapToDouble(Result::p99).toArray())));
    }
    return out.toString();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
