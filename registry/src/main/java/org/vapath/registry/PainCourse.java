package org.vapath.registry;

/**
 * One procedure's pain before it and at the first follow-up the outcome definition counts
 * ({@code after} is {@code null} until that visit), with the case it belongs to.
 */
public record PainCourse(long caseId, String caseRef, String etiology, Double before, Double after) {
}
