package nl.brug.platform.api;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build made ({@code platform/target/ROOT.war}), as every integration test deploys it:
 * the real application, not a hand-picked archive.
 */
public final class BrugWar {

  private BrugWar() {}

  public static WebArchive asBuilt() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("brug.war", "target/ROOT.war")))
        .as(WebArchive.class);
  }
}
