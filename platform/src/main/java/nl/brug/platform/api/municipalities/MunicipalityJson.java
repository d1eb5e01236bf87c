package nl.brug.platform.api.municipalities;

import nl.brug.content.organisation.entity.Municipality;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality as the API shows it. */
@Schema(name = "Municipality")
public record MunicipalityJson(
    @Schema(description = "CBS-gemeentecode", example = "GM0193") String code, String name) {

  public static MunicipalityJson of(Municipality municipality) {
    return new MunicipalityJson(municipality.getCode(), municipality.getName());
  }
}
