package org.vapath.core.knowledge;

import java.util.Set;
import org.vapath.core.model.VertebralLevel;

/** Which image guidance to advise: a default modality, and the levels for which CT is advised. */
public record GuidancePolicy(String defaultGuidance, Set<VertebralLevel> ctLevels, String text, String source,
    boolean institutionalDefault) {

  public GuidancePolicy {
    ctLevels = Set.copyOf(ctLevels);
  }
}
