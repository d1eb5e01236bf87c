/**
 * The diversity self-assessment of teams, starting with its scoring: plain values that turn the
 * anonymous answers of one round into results per dimension and item ({@link
 * nl.brug.content.assessment.RoundResults}), follow them over rounds ({@link
 * nl.brug.content.assessment.Trend}) and set them beside other teams ({@link
 * nl.brug.content.assessment.Benchmark}). Scoring knows no database, no container and no member:
 * the service feeds it the template version and the submitted responses, without identities.
 */
package nl.brug.content.assessment;
