package nl.brug.content.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.concurrency.ConflictException;

/**
 * Checklist templates of the self-assessment: published versions, the same for every municipality,
 * that never change once published. Brug's own template is published as version 1 at the first
 * start; experts publish later versions.
 */
@ApplicationScoped
@Transactional
public class ChecklistTemplates {

  /** The code of the template Brug ships. */
  public static final String SHIPPED_CODE = "brug-diversiteitsscan";

  /** The template Brug ships, published as version 1 at the first start. */
  public static final String SHIPPED_TEMPLATE = "/assessment/brug-diversiteitsscan-v1.json";

  @PersistenceContext(unitName = "brug")
  EntityManager em;

  private Clock clock;

  protected ChecklistTemplates() {
    // for CDI proxies
  }

  @Inject
  public ChecklistTemplates(Clock clock) {
    this.clock = clock;
  }

  /** Publishes Brug's own template unless that version is there already. */
  public void ensureShippedTemplate() {
    try (InputStream in = ChecklistTemplates.class.getResourceAsStream(SHIPPED_TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + SHIPPED_TEMPLATE);
      }
      ChecklistTemplate shipped =
          ChecklistTemplate.publish(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), clock.instant());
      boolean present =
          !em.createQuery(
                  "select t.id from ChecklistTemplate t where t.code = :code"
                      + " and t.versionNumber = :number",
                  UUID.class)
              .setParameter("code", shipped.code())
              .setParameter("number", shipped.versionNumber())
              .getResultList()
              .isEmpty();
      if (!present) {
        em.persist(shipped);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Publishes a new version of a checklist template (experts): version 1 of a new code, or the next
   * number of an existing one. Published versions never change, so rounds already running keep the
   * version they started with.
   *
   * @throws InvalidTemplateException naming what is wrong in the document
   * @throws ConflictException when that version exists or a number is skipped
   */
  public TemplateDocument publishTemplate(Caller caller, String json) {
    AccessPolicy.requireChecklistPublisher(caller);
    ChecklistTemplate published = ChecklistTemplate.publish(json, clock.instant());
    int next =
        em.createQuery(
                    "select coalesce(max(t.versionNumber), 0) from ChecklistTemplate t"
                        + " where t.code = :code",
                    Integer.class)
                .setParameter("code", published.code())
                .getSingleResult()
            + 1;
    if (published.versionNumber() != next) {
      throw new ConflictException(
          "Van '"
              + published.code()
              + "' is de volgende versie "
              + next
              + ", niet "
              + published.versionNumber()
              + ". Een gepubliceerde versie verandert nooit meer.");
    }
    em.persist(published);
    try {
      em.flush();
    } catch (PersistenceException publishedMeanwhile) {
      throw new ConflictException(
          "Iemand anders heeft versie "
              + published.versionNumber()
              + " van '"
              + published.code()
              + "' net gepubliceerd. Bekijk die eerst.");
    }
    return published.document();
  }

  /**
   * The newest published version as JSON with the next version number: what an expert edits to
   * publish the next version.
   */
  public String nextVersionDraft(String templateCode) {
    ChecklistTemplate newest = newestVersion(templateCode);
    return TemplateDocument.withVersion(newest.json(), newest.versionNumber() + 1);
  }

  /** The newest published version of a template; templates are the same for everyone. */
  public TemplateDocument newestTemplate(String templateCode) {
    return newestVersion(templateCode).document();
  }

  ChecklistTemplate newestVersion(String templateCode) {
    return em.createQuery(
            "select t from ChecklistTemplate t where t.code = :code"
                + " order by t.versionNumber desc",
            ChecklistTemplate.class)
        .setParameter("code", templateCode)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownResourceException("checklist-template", templateCode));
  }
}
