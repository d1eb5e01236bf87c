package nl.brug.platform.api.search;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A synonym list as sent to be saved: one group of equivalent terms per line. */
@Schema(name = "SynonymListText")
public record SynonymTextJson(
    @NotNull(message = "Geef de tekst van de lijst.")
        @Size(max = 100_000, message = "De lijst mag hoogstens 100.000 tekens lang zijn.")
        String text) {}
