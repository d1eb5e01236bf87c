package nl.brug.ui.assessment;

import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.TemplateDocument;

/** What an action point is about, in the words of the round's checklist. */
final class About {

  private About() {}

  /** "Toegankelijkheid en bereik" or "Toegankelijkheid en bereik — Wij werken met tolken …". */
  static String of(TemplateDocument checklist, ActionPoint point) {
    String dimension =
        checklist.dimensions().stream()
            .filter(d -> d.code().equals(point.dimensionCode()))
            .map(TemplateDocument.Dimension::name)
            .findFirst()
            .orElse(point.dimensionCode());
    return point
        .itemKey()
        .flatMap(
            key ->
                checklist.dimensions().stream()
                    .flatMap(d -> d.items().stream())
                    .filter(i -> i.key().equals(key))
                    .map(TemplateDocument.Item::statement)
                    .findFirst())
        .map(statement -> dimension + " — " + statement)
        .orElse(dimension);
  }
}
