package org.vapath.screen;

import java.util.LinkedHashSet;
import java.util.Set;
import org.vapath.fhir.FhirJson;

/**
 * The FHIR R4 resource types, as HAPI FHIR's R4 structures know them, and the one a file's name
 * names. A name names a type when exactly one of its words (split at {@code .}, {@code _} and
 * {@code -}) is a resource type, spelled as FHIR spells it: {@code Patient.000.ndjson.gz},
 * {@code 1.Patient.ndjson}, {@code Patient_1.ndjson}. Case matters, so that {@code patient-list}
 * does not name the types Patient and List; such a name says nothing, and the folder or the first
 * line decides.
 */
final class ResourceTypes {
  private static final Set<String> R4 = Set.copyOf(FhirJson.context().getResourceTypes());

  private ResourceTypes() {
  }

  static boolean isR4(String type) {
    return R4.contains(type);
  }

  /** The one resource type the words of {@code stem} (a file name without its extensions) name, else {@code null}. */
  static String inName(String stem) {
    Set<String> named = new LinkedHashSet<>();
    for (String word : stem.split("[._-]")) {
      if (R4.contains(word)) {
        named.add(word);
      }
    }
    return named.size() == 1 ? named.iterator().next() : null;
  }
}
