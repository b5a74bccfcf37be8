/**
 * The spine report reader: {@link org.vapath.report.ReportReader} turns a radiology report's plain
 * text into per-level facts ({@link org.vapath.report.ReportReading}), each with the sentences it
 * was read from; {@link org.vapath.report.ReportJson} writes them in the corpus annotation's shape.
 */
package org.vapath.report;
