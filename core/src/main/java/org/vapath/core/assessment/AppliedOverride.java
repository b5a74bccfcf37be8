package org.vapath.core.assessment;

/** An institutional override of a knowledge-pack threshold that this assessment used. */
public record AppliedOverride(String id, double value, double packValue, String origin) {
}
