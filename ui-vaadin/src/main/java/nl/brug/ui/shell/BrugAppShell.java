package nl.brug.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The HTML page around the portal: title, viewport and Brug's stylesheet. The stylesheet is a plain
 * link to a static file (Lumo custom properties), so no custom frontend bundle is needed.
 */
public class BrugAppShell implements AppShellConfigurator {

  private static final long serialVersionUID = 1L;

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("Brug");
    settings.setViewport("width=device-width, initial-scale=1");
    settings.addLink("stylesheet", "styles/app.css");
  }
}
