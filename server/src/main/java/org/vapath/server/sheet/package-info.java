/** The patient information sheet for the consent discussion: plain words, rendered as a PDF. */
package org.vapath.server.sheet;
