/** Text for people: the knowledge pack as Markdown, with every fact and its source. */
package org.vapath.core.text;
