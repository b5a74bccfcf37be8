package org.vapath.registry;

import java.time.OffsetDateTime;

/** A stored case as a list shows it: id, the case's own reference, decision, when and by whom it was stored. */
public record CaseSummary(long id, String caseRef, String decision, OffsetDateTime createdAt, String createdBy) {
}
