package nl.brug.ui.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** The HTML page around the portal: title, viewport and Brug's stylesheet. */
@StyleSheet("context://styles/app.css")
public class BrugAppShell implements AppShellConfigurator {

  private static final long serialVersionUID = 1L;

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("Brug");
    settings.setViewport("width=device-width, initial-scale=1");
  }
}
