package org.vapath.core.model;

/** Dose intensity of a drug whose hold depends on it (low-molecular-weight heparins). */
public enum DoseIntensity { THERAPEUTIC, PROPHYLACTIC }
