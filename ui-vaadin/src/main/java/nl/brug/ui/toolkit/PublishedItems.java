package nl.brug.ui.toolkit;

import java.util.Optional;
import java.util.UUID;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.ui.shell.SignedInUser;

/** Finds the published version of an item for the signed-in reader, as the pages need it. */
final class PublishedItems {

  record Found(ToolkitItem item, ItemRevision version, String municipalityName) {}

  private final ToolkitService toolkit;
  private final OrganisationService organisation;

  PublishedItems(ToolkitService toolkit, OrganisationService organisation) {
    this.toolkit = toolkit;
    this.organisation = organisation;
  }

  /** Empty when the id is no item, or not one the reader may see published. */
  Optional<Found> find(String id) {
    Caller caller = SignedInUser.require();
    try {
      ToolkitItem item = toolkit.item(caller, UUID.fromString(id));
      String municipality =
          item.getMunicipalityCode()
              .flatMap(organisation::findMunicipality)
              .map(Municipality::getName)
              .orElse("");
      return item.publishedVersion().map(version -> new Found(item, version, municipality));
    } catch (IllegalArgumentException | UnknownResourceException notFound) {
      return Optional.empty();
    }
  }
}
