package org.vapath.core.model;

/** How a medication is given: its hold may depend on it (heparin subcutaneous or intravenous). */
public enum MedicationRoute { ORAL, SC, IV }
