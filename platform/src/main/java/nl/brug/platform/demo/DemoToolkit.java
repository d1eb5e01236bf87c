package nl.brug.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ToolkitItem;

/**
 * Publishes the demo toolkit through the real workflow: written by a demo editor, approved by a
 * second one (four eyes hold for demo data too). Items whose short name exists are left alone.
 */
@ApplicationScoped
public class DemoToolkit {

  private static final Logger LOG = Logger.getLogger(DemoToolkit.class.getName());
  static final String FOLDER = "demo/toolkit/";

  @Inject ToolkitService toolkit;
  @Inject Clock clock;

  void load() {
    List<String> names = index();
    int added = 0;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      for (String name : names) {
        DemoToolkitItem demo = item(jsonb, name);
        if (!toolkit.slugTaken(demo.slug(), demo.municipalityCode())) {
          publish(demo, body(name));
          added++;
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("Demo toolkit could not be loaded", e);
    }
    int count = added;
    LOG.info(() -> "Demo toolkit: " + count + " item(s) published, " + names.size() + " in total");
  }

  private void publish(DemoToolkitItem demo, String body) {
    String municipality = demo.municipalityCode();
    Caller editor = editor("demo-redactie", "Demo-redactie vakgroep", municipality);
    Caller reviewer = editor("demo-tweede-lezer", "Demo tweede lezer vakgroep", municipality);
    LocalDate reviewBy =
        LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")))
            .plusMonths(demo.reviewMonths());
    ItemContent content = demo.content(body, reviewBy);
    ToolkitItem item = toolkit.create(editor, demo.slug(), demo.kind(), municipality, content);
    item = toolkit.submitForReview(editor, item.getId(), item.getVersion());
    toolkit.approve(reviewer, item.getId(), item.getVersion());
  }

  private static Caller editor(String username, String name, String municipality) {
    return new Caller(username, name, EnumSet.of(Role.EXPERT), municipality, null);
  }

  /** The names of the demo items ({@code NN-slug}), in publication order. */
  static List<String> index() {
    return read("index.txt").lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
  }

  /** The demo item of this name, as written in its JSON file. */
  static DemoToolkitItem item(Jsonb jsonb, String name) {
    return jsonb.fromJson(read(name + ".json"), DemoToolkitItem.class);
  }

  /** The Markdown body of the demo item of this name. */
  static String body(String name) {
    return read(name + ".md");
  }

  private static String read(String file) {
    try (InputStream in = DemoToolkit.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing demo file " + FOLDER + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
