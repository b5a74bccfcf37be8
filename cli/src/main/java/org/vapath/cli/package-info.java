/**
 * The {@code vapath} command line: assess (JSON, text, NDJSON), validate and knowledge, with exit
 * code 2 and a one-line message naming the field and value for refused input.
 */
package org.vapath.cli;
