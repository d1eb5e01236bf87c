package nl.brug.ui.search;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.brug.ui.shell.ComingSoon;
import nl.brug.ui.shell.MainLayout;

/** Search over the toolkit: every signed-in user. Built by the search issue. */
@Route(value = "zoeken", layout = MainLayout.class)
@PageTitle("Zoeken | Brug")
@PermitAll
public class SearchView extends ComingSoon {

  private static final long serialVersionUID = 1L;

  public SearchView() {
    super("search");
  }
}
