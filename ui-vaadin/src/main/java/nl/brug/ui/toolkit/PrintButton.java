package nl.brug.ui.toolkit;

import com.vaadin.flow.component.button.Button;

/** "Afdrukken": opens the browser's print dialog; itself never printed. */
final class PrintButton {

  private PrintButton() {}

  static Button create() {
    Button print = new Button();
    print.setText(print.getTranslation("item.print"));
    print.addClickListener(
        click -> print.getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
    print.addClassName("brug-no-print");
    print.setId("print");
    return print;
  }
}
