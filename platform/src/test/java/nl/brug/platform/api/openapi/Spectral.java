package nl.brug.platform.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs Spectral (Stoplight's OpenAPI linter) with the NL API Design Rules ruleset on a document. It
 * uses the copy {@code .ci/run} installs in {@code .ci/node}, or else {@code npx} with the same
 * pinned version.
 */
public final class Spectral {

  /** Pinned; {@code .ci/run} installs this version (ContractToolsTest keeps the two equal). */
  public static final String VERSION = "6.15.0";

  /** The ruleset, copied into the repository from {@code ../shared/checks/}. */
  public static final String RULESET = "platform/src/test/resources/openapi/adr-ruleset.yaml";

  private final List<String> command;

  private Spectral(List<String> command) {
    this.command = command;
  }

  /** Spectral on this machine, or empty when there is no node to run it. */
  public static Optional<Spectral> onThisMachine(Path repository) {
    Path installed = repository.resolve(".ci/node/node_modules/.bin/spectral");
    if (Files.isExecutable(installed)) {
      return Optional.of(new Spectral(List.of(installed.toString())));
    }
    return onPath("npx")
        .map(npx -> new Spectral(List.of(npx, "--yes", "@stoplight/spectral-cli@" + VERSION)));
  }

  /** The root of the repository: the first folder upwards from here with the Maven wrapper. */
  public static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** The rules the document breaks (errors and warnings), as "rule at path: message". */
  public List<String> violations(Path document, Path ruleset)
      throws IOException, InterruptedException {
    List<String> run = new ArrayList<>(command);
    run.addAll(
        List.of("lint", "-r", ruleset.toString(), "-f", "json", "--quiet", document.toString()));
    Path output = Files.createTempFile("spectral", ".json");
    Process process =
        new ProcessBuilder(run)
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("Spectral did not finish in 5 minutes: " + run);
    }
    String json = Files.readString(output).trim();
    Files.delete(output);
    if (!json.startsWith("[")) {
      throw new IllegalStateException(
          "Spectral gave no result (exit " + process.exitValue() + "): " + json + errors);
    }
    JsonArray results;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      results = reader.readArray();
    }
    return results.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getInt("severity") <= 1)
        .map(
            r ->
                (r.getInt("severity") == 0 ? "error " : "warning ")
                    + r.getString("code")
                    + " at "
                    + r.getJsonArray("path").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .collect(Collectors.joining("."))
                    + ": "
                    + r.getString("message"))
        .toList();
  }

  private static Optional<String> onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }
}
