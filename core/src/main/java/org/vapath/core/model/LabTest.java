package org.vapath.core.model;

/** The laboratory tests the pathway reads (serum creatinine for the clearance when none is recorded). */
public enum LabTest { PLATELETS, INR, WBC, CREATININE }
