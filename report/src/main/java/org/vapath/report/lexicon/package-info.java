/**
 * The report lexicon as data: named word lists with their sources, read from
 * {@code report-lexicon.json} and an institution's additions, checked word by word.
 */
package org.vapath.report.lexicon;
