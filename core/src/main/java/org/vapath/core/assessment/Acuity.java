package org.vapath.core.assessment;

/**
 * The age of a fracture from the pain onset (case-format.md, version 2 rulings): acute below 6 weeks,
 * subacute from 6 to 12 weeks, chronic after; unknown without an onset.
 */
public enum Acuity { ACUTE, SUBACUTE, CHRONIC, UNKNOWN }
