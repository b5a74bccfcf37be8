package org.vapath.fhir;

/** FHIR references as the ids they point at, for grouping a bulk export by patient. */
public final class References {
  private References() {
  }

  /** The id a reference points at: {@code Patient/p-1}, {@code urn:uuid:p-1}, {@code #p-1} and
   * {@code Patient/p-1/_history/2} all give {@code p-1}; {@code null} stays {@code null}. */
  public static String idOf(String reference) {
    if (reference == null) {
      return null;
    }
    String id = reference.startsWith("#") ? reference.substring(1) : reference;
    if (id.startsWith("urn:uuid:")) {
      return id.substring("urn:uuid:".length());
    }
    int history = id.indexOf("/_history/");
    if (history >= 0) {
      id = id.substring(0, history);
    }
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }
}
