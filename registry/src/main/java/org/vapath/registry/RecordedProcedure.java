package org.vapath.registry;

import java.util.List;

/** A procedure as stored, with its id, its complications and its follow-ups (oldest first). */
public record RecordedProcedure(long id, ProcedureRecord procedure, List<ComplicationRecord> complications,
    List<FollowUpRecord> followUps) {

  public RecordedProcedure {
    complications = List.copyOf(complications);
    followUps = List.copyOf(followUps);
  }
}
