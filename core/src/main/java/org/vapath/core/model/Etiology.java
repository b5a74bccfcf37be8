package org.vapath.core.model;

/** Cause of a vertebral compression fracture. {@code UNKNOWN} is a fact still to establish, never "other". */
public enum Etiology { OSTEOPOROSIS, MALIGNANCY, HEMANGIOMA, TRAUMA, OTHER, UNKNOWN }
