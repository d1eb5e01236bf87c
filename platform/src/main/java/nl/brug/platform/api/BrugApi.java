package nl.brug.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of Brug, version 1, under {@value #PATH}. */
@ApplicationPath(BrugApi.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Brug API",
            version = BrugApi.VERSION,
            description =
                "De REST API van Brug, het kennisplatform voor cultuursensitief werken in sociale"
                    + " wijkteams. Fouten volgen RFC 9457 (application/problem+json).",
            contact =
                @Contact(
                    name = "Vakgroep cultuursensitief werken — Brug",
                    email = "brug@example.org",
                    url = "https://brug.example.org"),
            license = @License(name = "EUPL-1.2", url = "https://eupl.eu/1.2/nl/")))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "Demo-accounts van de ontwikkelomgeving (alleen buiten productie).")
public class BrugApi extends Application {

  public static final String PATH = "/api/v1";

  /** The full semantic version of the API, sent in every response's {@code API-Version} header. */
  public static final String VERSION = "1.0.0";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
