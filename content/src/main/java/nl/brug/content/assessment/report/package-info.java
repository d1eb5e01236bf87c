/**
 * Reports of a self-assessment round: charts as server-rendered SVG with an accessible table of the
 * same numbers ({@link nl.brug.content.assessment.report.AssessmentCharts}), and a round's results
 * as CSV and PDF ({@link nl.brug.content.assessment.report.RoundReport}). Everything here works on
 * the aggregated results of {@link nl.brug.content.assessment.RoundResults}: no report ever holds
 * anyone's individual answers. Texts for users are Dutch; all user text is escaped.
 */
package nl.brug.content.assessment.report;
