package org.vapath.core.model;

/** The laboratory tests the pathway reads. */
public enum LabTest { PLATELETS, INR, WBC }
