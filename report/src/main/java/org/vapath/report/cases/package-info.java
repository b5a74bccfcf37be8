/**
 * Reports into a case: {@link org.vapath.report.cases.ReportsIntoCase} fills what a case's structured
 * data left unknown with the facts read from its radiology reports ({@link org.vapath.report.cases.ReadReport}),
 * and records each fact's sentence and what became of it (filled, hedged, in conflict) in the case's
 * {@code reportedFacts}, for the engine to show. Every door (FHIR, the web form, the screening) uses it.
 */
package org.vapath.report.cases;
