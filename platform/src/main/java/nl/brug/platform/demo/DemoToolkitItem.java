package nl.brug.platform.demo;

import java.util.List;
import java.util.Set;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;

/**
 * One demo item as written in {@code demo/toolkit/NN-slug.json}; its body is the Markdown file of
 * the same name. Interview-guide sections are in the files but not read yet (the guide structure
 * comes with the next part of the toolkit issue).
 */
public record DemoToolkitItem(
    String slug,
    String title,
    String summary,
    ToolkitKind kind,
    Set<LifeDomain> lifeDomains,
    List<String> themes,
    List<String> targetGroups,
    EvidenceLevel evidenceLevel,
    List<String> sources,
    String scope,
    int reviewMonths) {

  /** The municipality code, or {@code null} for the national toolkit. */
  String municipalityCode() {
    return scope == null || scope.equals("national") ? null : scope;
  }
}
