package org.vapath.core.knowledge;

import java.util.Set;
import org.vapath.core.catalogue.Sources;
import org.vapath.core.model.VertebralLevel;

/**
 * Which image guidance to advise: a default modality ({@code source}), and the levels for which CT is
 * advised ({@code ctLevelsSource}: "upper thoracic" read as T1-T4 is an institutional default).
 */
public record GuidancePolicy(String defaultGuidance, Set<VertebralLevel> ctLevels, String text, String source,
    String ctLevelsSource) {

  public GuidancePolicy {
    ctLevels = Set.copyOf(ctLevels);
  }

  /** Whether the levels for CT are an institutional default rather than a published list. */
  public boolean institutionalDefault() {
    return Sources.ids(ctLevelsSource).contains(Sources.INSTITUTIONAL_DEFAULT);
  }
}
