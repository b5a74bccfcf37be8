/** Text for people: the knowledge pack and the catalogue of criteria as Markdown, every fact with its source. */
package org.vapath.core.text;
