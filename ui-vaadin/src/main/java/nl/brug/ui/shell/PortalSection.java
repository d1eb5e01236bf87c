package nl.brug.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.brug.ui.admin.AdminView;
import nl.brug.ui.assessment.SelfAssessmentView;
import nl.brug.ui.editorial.EditorialView;
import nl.brug.ui.home.HomeView;
import nl.brug.ui.reflection.ReflectionsView;
import nl.brug.ui.search.SearchView;
import nl.brug.ui.toolkit.ToolkitView;
import nl.brug.ui.training.TrainingView;

/**
 * The portal's sections in menu order. Who may open one is said once, by the access annotations on
 * its view; the menu shows only what the caller may open.
 */
public enum PortalSection {
  HOME("nav.home", VaadinIcon.HOME, HomeView.class),
  TOOLKIT("nav.toolkit", VaadinIcon.BOOK, ToolkitView.class),
  EDITORIAL("nav.editorial", VaadinIcon.EDIT, EditorialView.class),
  SEARCH("nav.search", VaadinIcon.SEARCH, SearchView.class),
  ASSESSMENT("nav.assessment", VaadinIcon.CHECK_SQUARE_O, SelfAssessmentView.class),
  REFLECTIONS("nav.reflections", VaadinIcon.COMMENTS_O, ReflectionsView.class),
  TRAINING("nav.training", VaadinIcon.ACADEMY_CAP, TrainingView.class),
  ADMIN("nav.admin", VaadinIcon.COG_O, AdminView.class);

  private final String labelKey;
  private final VaadinIcon icon;
  private final Class<? extends Component> view;

  PortalSection(String labelKey, VaadinIcon icon, Class<? extends Component> view) {
    this.labelKey = labelKey;
    this.icon = icon;
    this.view = view;
  }

  public String labelKey() {
    return labelKey;
  }

  public VaadinIcon icon() {
    return icon;
  }

  public Class<? extends Component> view() {
    return view;
  }
}
