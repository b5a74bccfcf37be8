package org.vapath.core.model;

/** The regions of the spine. */
public enum SpineRegion { CERVICAL, THORACIC, LUMBAR, SACRAL }
