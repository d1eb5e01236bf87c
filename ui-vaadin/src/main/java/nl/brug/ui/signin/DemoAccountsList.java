package nl.brug.ui.signin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.brug.auth.development.DemoAccount;
import nl.brug.auth.development.DemoAccounts;

/** The demo accounts of the development identity store, as a plain accessible table. */
class DemoAccountsList extends Div {

  private static final long serialVersionUID = 1L;

  DemoAccountsList(Function<String, String> municipalityName) {
    addClassName("brug-demo");
    setId("demo-accounts");
    NativeTable table = new NativeTable();
    table.addClassName("brug-table");
    NativeTableRow head = new NativeTableRow();
    head.add(
        new NativeTableHeaderCell(getTranslation("login.demo.username")),
        new NativeTableHeaderCell(getTranslation("login.demo.name")),
        new NativeTableHeaderCell(getTranslation("login.demo.role")),
        new NativeTableHeaderCell(getTranslation("login.demo.municipality")));
    table.add(new NativeTableHeader(head));
    NativeTableBody body = new NativeTableBody();
    for (DemoAccount account : DemoAccounts.all()) {
      NativeTableRow row = new NativeTableRow();
      row.add(
          new NativeTableCell(account.username()),
          new NativeTableCell(account.caller().displayName()),
          new NativeTableCell(
              account.caller().roleIds().stream()
                  .map(id -> getTranslation("role." + id))
                  .collect(Collectors.joining(", "))),
          new NativeTableCell(account.caller().municipality().map(municipalityName).orElse("—")));
      body.add(row);
    }
    table.add(body);
    add(
        new H2(getTranslation("login.demo.title")),
        new Paragraph(getTranslation("login.demo.intro", DemoAccounts.PASSWORD)),
        table);
  }
}
