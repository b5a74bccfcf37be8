package org.vapath.core.catalogue;

/**
 * How firmly a catalogue entry's sources state it: {@code PUBLISHED} read in the source itself,
 * {@code CONFIRM} read only in a secondary summary (a third-party LCD summary, a derived rubric, an
 * UpToDate adaptation), so that every finding of the entry shows "(confirm)" beside its source.
 */
public enum Mark { PUBLISHED, CONFIRM }
