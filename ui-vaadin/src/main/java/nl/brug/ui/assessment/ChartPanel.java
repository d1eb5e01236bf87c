package nl.brug.ui.assessment;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.dom.Element;
import java.util.List;
import nl.brug.content.assessment.report.Chart;
import nl.brug.content.assessment.report.ChartTable;

/**
 * One server-rendered chart with the same numbers as a table underneath, for screen readers, for
 * keyboard users and for whoever reads numbers more easily than lines.
 */
class ChartPanel extends Div {

  private static final long serialVersionUID = 1L;

  ChartPanel(String id, Chart chart) {
    setId(id);
    addClassName("brug-chart");
    H4 heading = new H4(chart.title());
    // A wrapper, so the browser parses the markup as SVG (an svg root would become an HTML element)
    Html picture = new Html("<div class=\"brug-chart-svg\">" + chart.svg() + "</div>");
    Details asTable =
        new Details(getTranslation("assessment.charts.asTable"), table(chart.table()));
    asTable.addClassName("brug-chart-table");
    add(heading, picture, asTable);
  }

  /** A plain HTML table with caption and header cells: text only, escaped by the DOM. */
  private static Div table(ChartTable data) {
    Element table = new Element("table");
    Element caption = new Element("caption");
    caption.setText(data.caption());
    table.appendChild(caption);
    Element head = new Element("thead");
    head.appendChild(row(data.headers(), true));
    table.appendChild(head);
    Element body = new Element("tbody");
    for (List<String> cells : data.rows()) {
      body.appendChild(row(cells, false));
    }
    table.appendChild(body);
    Div holder = new Div();
    holder.getElement().appendChild(table);
    return holder;
  }

  private static Element row(List<String> cells, boolean header) {
    Element row = new Element("tr");
    for (int i = 0; i < cells.size(); i++) {
      boolean rowHeader = !header && i == 0;
      Element cell = new Element(header || rowHeader ? "th" : "td");
      if (header) {
        cell.setAttribute("scope", "col");
      } else if (rowHeader) {
        cell.setAttribute("scope", "row");
      }
      cell.setText(cells.get(i));
      row.appendChild(cell);
    }
    return row;
  }
}
