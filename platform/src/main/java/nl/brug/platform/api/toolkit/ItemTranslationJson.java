package nl.brug.platform.api.toolkit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.brug.content.toolkit.entity.ItemTranslation;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.TranslationStatus;
import nl.brug.platform.api.problem.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item's title, summary and Markdown body in another language.
 *
 * @param status left out: a draft that a native speaker still has to check
 */
@Schema(name = "ItemTranslation")
public record ItemTranslationJson(
    String title,
    String summary,
    @Schema(description = "Markdown") String body,
    TranslationStatus status) {

  static Map<String, ItemTranslationJson> of(Map<Language, ItemTranslation> translations) {
    Map<String, ItemTranslationJson> json = new LinkedHashMap<>();
    translations.forEach(
        (language, t) ->
            json.put(
                language.code(),
                new ItemTranslationJson(t.title(), t.summary(), t.body(), t.status())));
    return json;
  }

  static Map<Language, ItemTranslation> toTranslations(Map<String, ItemTranslationJson> json) {
    Map<Language, ItemTranslation> translations = new EnumMap<>(Language.class);
    if (json == null) {
      return translations;
    }
    json.forEach(
        (code, t) -> {
          Language language =
              Language.ofCode(code)
                  .filter(l -> l != Language.NL)
                  .orElseThrow(
                      () ->
                          new InvalidParameterException(
                              "translations",
                              "Onbekende taalcode '"
                                  + code
                                  + "'. Gebruik ar, ti, fa, prs, so, tr, uk of en; Nederlands is het"
                                  + " item zelf."));
          if (t == null || t.title() == null || t.title().isBlank()) {
            throw new InvalidParameterException(
                "translations." + code + ".title", "Geef de vertaalde titel.");
          }
          translations.put(
              language, new ItemTranslation(t.title(), t.summary(), t.body(), t.status()));
        });
    return translations;
  }
}
