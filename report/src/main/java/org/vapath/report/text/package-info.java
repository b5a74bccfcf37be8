/**
 * A report's layout: lines and their sections, sentences, and tokens with their character spans.
 */
package org.vapath.report.text;
