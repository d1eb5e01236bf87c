package nl.brug.platform.api.toolkit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of published items. */
@Schema(name = "ToolkitItemPage")
public record ToolkitItemPageJson(
    List<ToolkitItemJson> items, int page, int pageSize, long total) {}
