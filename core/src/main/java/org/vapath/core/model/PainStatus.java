package org.vapath.core.model;

/** Whether the fracture is painful now. */
public enum PainStatus { ONGOING, NONE, RESOLVED }
