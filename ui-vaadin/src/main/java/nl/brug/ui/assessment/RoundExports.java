package nl.brug.ui.assessment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.brug.auth.caller.Caller;
import nl.brug.content.assessment.report.RoundReports;
import nl.brug.ui.shell.SignedInUser;

/**
 * The round to take away: the report as PDF (with the charts) and the numbers as CSV for Excel.
 * Made when clicked, for whoever is signed in then, so the access rules of the round apply.
 */
class RoundExports extends Div {

  private static final long serialVersionUID = 1L;

  RoundExports(RoundReports reports, UUID roundId) {
    setId("round-exports");
    addClassName("brug-exports");
    Anchor pdf =
        download(
            reports,
            roundId,
            "pdf",
            "application/pdf",
            reports::pdf,
            getTranslation("assessment.exports.pdf"));
    Anchor csv =
        download(
            reports,
            roundId,
            "csv",
            "text/csv; charset=UTF-8",
            reports::csv,
            getTranslation("assessment.exports.csv"));
    add(new Paragraph(getTranslation("assessment.exports.intro")), pdf, csv);
  }

  private static Anchor download(
      RoundReports reports,
      UUID roundId,
      String extension,
      String type,
      BiFunction<Caller, UUID, byte[]> export,
      String text) {
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  Caller caller = SignedInUser.require();
                  byte[] bytes = export.apply(caller, roundId);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      reports.fileName(caller, roundId, extension),
                      type,
                      bytes.length);
                }),
            text);
    link.setId("export-" + extension);
    link.addClassName("brug-export-link");
    return link;
  }
}
