package nl.brug.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A section that is not built yet says so plainly, with what it will offer; it never pretends to
 * work.
 */
public class ComingSoon extends Div {

  private static final long serialVersionUID = 1L;

  public ComingSoon(String sectionKey) {
    addClassName("brug-content");
    Span badge = new Span(getTranslation("coming.badge"));
    badge.addClassName("brug-badge");
    badge.setId("coming-soon");
    add(
        new H2(getTranslation("section." + sectionKey + ".title")),
        badge,
        new Paragraph(getTranslation("coming.text")),
        new Paragraph(getTranslation("section." + sectionKey + ".text")));
  }
}
