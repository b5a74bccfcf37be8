package org.vapath.core.model;

/** Administrative sex of the patient, as recorded. */
public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }
