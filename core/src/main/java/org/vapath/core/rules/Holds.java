package org.vapath.core.rules;

import java.util.List;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Antithrombotic;

/**
 * What {@link AntithromboticHolds} found: its verdict (the preparation and to-verify findings), the
 * hold plan's rows, the medication names it did not recognise, and the drug taken whose INR the pack
 * rechecks ({@code null} when none), which {@link InrCheck} asks for. The lists are the criterion's
 * own, handed over: nothing changes them after (the engine copies them into the assessment).
 */
record Holds(Verdict verdict, List<HoldItem> plan, List<String> notRecognised, Antithrombotic inrRechecked) {
  /** No medication, or none recorded: nothing to hold, nothing to verify here. */
  static final Holds NONE = new Holds(Verdict.NOT_MET, List.of(), List.of(), null);
}
