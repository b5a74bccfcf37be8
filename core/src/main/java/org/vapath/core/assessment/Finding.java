package org.vapath.core.assessment;

import java.util.List;
import java.util.Objects;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.catalogue.Kind;

/**
 * One explained result of a criterion: what ({@code entry}, the catalogue's code), where
 * ({@code level}, {@code null} for the whole patient; {@code fracture}, the index in the case's
 * fracture list, when it concerns one fracture), why ({@code basis}, naming the facts used) and on
 * what authority ({@code sources}, ids of the knowledge pack). {@code confirm} marks facts taken from
 * secondary summaries, and {@code institutionalDefault} facts without a published figure that an
 * institution should review.
 */
public record Finding(
    FindingCode entry,
    String level,
    Integer fracture,
    String basis,
    List<String> sources,
    boolean confirm,
    boolean institutionalDefault) {

  public Finding {
    Objects.requireNonNull(entry, "entry == null");
    Objects.requireNonNull(basis, "basis == null");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("finding " + entry.code() + " cites no source");
    }
  }

  /** A finding about the whole patient, citing its catalogue entry's sources. */
  public static Finding patient(FindingCode entry, String basis) {
    return new Finding(entry, null, null, basis, entry.sources(), false, false);
  }

  /** A finding about the whole patient that cites the pack's own source for it (a drug's, a threshold's). */
  public static Finding patient(FindingCode entry, String basis, String source) {
    return new Finding(entry, null, null, basis, List.of(source), false, false);
  }

  /** A finding about one fracture, by its index in the case and its level (which may be unknown). */
  public static Finding fracture(FindingCode entry, int fracture, String level, String basis) {
    return new Finding(entry, level, fracture, basis, entry.sources(), false, false);
  }

  /** A finding about one fracture that cites the pack's own source for it. */
  public static Finding fracture(FindingCode entry, int fracture, String level, String basis, String source) {
    return new Finding(entry, level, fracture, basis, List.of(source), false, false);
  }

  /** The code as the assessment writes it, e.g. {@code UNCORRECTABLE_COAGULOPATHY}. */
  public String code() {
    return entry.code();
  }

  public Kind kind() {
    return entry.kind();
  }

  /** The sources as the assessment writes them: ids joined by {@code "; "}. */
  public String source() {
    return String.join("; ", sources);
  }

  public Finding toConfirm(boolean value) {
    return new Finding(entry, level, fracture, basis, sources, value, institutionalDefault);
  }

  public Finding asInstitutionalDefault(boolean value) {
    return new Finding(entry, level, fracture, basis, sources, confirm, value);
  }
}
