package nl.brug.ui.training;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.brug.ui.shell.ComingSoon;
import nl.brug.ui.shell.MainLayout;

/** Training: everyone can enrol; trainers run courses. */
@Route(value = "training", layout = MainLayout.class)
@PageTitle("Training | Brug")
@PermitAll
public class TrainingView extends ComingSoon {

  private static final long serialVersionUID = 1L;

  public TrainingView() {
    super("training");
  }
}
