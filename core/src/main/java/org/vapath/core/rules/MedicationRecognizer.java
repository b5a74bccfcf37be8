package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.Names;

/**
 * Recognises antithrombotic drugs in free-text medication names ("Eliquis 5 mg tablet"), by generic
 * and brand name, ignoring case, spacing and the strength or form around them. A name inside a
 * longer recognised name ("heparin" in "low molecular weight heparin") does not count on its own.
 */
final class MedicationRecognizer {
  private final List<Antithrombotic> drugs;

  MedicationRecognizer(List<Antithrombotic> drugs) {
    this.drugs = List.copyOf(drugs);
  }

  /** The drugs named in {@code medication}, empty when none is recognised. */
  List<Antithrombotic> recognise(String medication) {
    String text = Names.normalise(medication);
    List<Match> matches = new ArrayList<>(2);
    for (Antithrombotic drug : drugs) {
      for (String name : drug.names()) {
        int at = Names.indexOfPhrase(text, name);
        if (at >= 0) {
          matches.add(new Match(drug, at, at + name.length()));
        }
      }
    }
    List<Antithrombotic> found = new ArrayList<>(matches.size());
    for (Match match : matches) {
      if (!insideAnother(match, matches) && !found.contains(match.drug())) {
        found.add(match.drug());
      }
    }
    return found;
  }

  private static boolean insideAnother(Match match, List<Match> matches) {
    for (Match other : matches) {
      boolean longer = other.end() - other.start() > match.end() - match.start();
      if (longer && other.start() <= match.start() && match.end() <= other.end()) {
        return true;
      }
    }
    return false;
  }

  private record Match(Antithrombotic drug, int start, int end) {
  }
}
