package org.vapath.core.rules;

import java.util.List;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Antithrombotic;

/**
 * What {@link AntithromboticHolds} found: its verdict (the preparation and to-verify findings), the
 * hold plan's rows, the medication names it did not recognise, and the drug taken whose INR the pack
 * rechecks ({@code null} when none), which {@link InrCheck} asks for.
 */
record Holds(Verdict verdict, List<HoldItem> plan, List<String> notRecognised, Antithrombotic inrRechecked) {
  Holds {
    plan = List.copyOf(plan);
    notRecognised = List.copyOf(notRecognised);
  }
}
