package nl.brug.benchmark.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine a run measured: CPU, cores, memory, operating system, JVM and PostgreSQL. */
public final class Machine {

  private Machine() {}

  /** Facts in the order they are reported, e.g. {@code CPU → AMD EPYC}. */
  public static Map<String, String> facts(Map<String, String> postgres) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("CPU", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"));
    facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    facts.put(
        "memory",
        firstValue(Path.of("/proc/meminfo"), "MemTotal").map(Machine::gibibytes).orElse("unknown"));
    facts.put(
        "OS",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " ("
            + System.getProperty("os.arch")
            + ")");
    facts.put(
        "JVM",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MiB");
    facts.put("PostgreSQL", postgres.getOrDefault("version", "unknown"));
    facts.put(
        "PostgreSQL settings",
        "shared_buffers "
            + postgres.get("shared_buffers")
            + ", work_mem "
            + postgres.get("work_mem")
            + ", effective_cache_size "
            + postgres.get("effective_cache_size")
            + ", max_parallel_workers "
            + postgres.get("max_parallel_workers")
            + " (the server's own; the benchmark's search connection sets jit = off)");
    return facts;
  }

  /**
   * The 1-minute load average now, from {@code /proc/loadavg}; other work shows in every timing.
   */
  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static String gibibytes(String memTotal) {
    long kib = Long.parseLong(memTotal.replaceAll("[^0-9]", ""));
    return String.format("%.1f GiB", kib / (1024.0 * 1024));
  }
}
