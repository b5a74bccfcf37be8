package org.vapath.core.assessment;

import java.util.List;
import java.util.Objects;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.catalogue.Kind;
import org.vapath.core.catalogue.Sources;

/**
 * One explained result of a criterion: what ({@code entry}, the catalogue's code), where
 * ({@code level}, {@code null} for the whole patient; {@code fracture}, the index in the case's
 * fracture list, when it concerns one fracture), why ({@code basis}, naming the facts used) and on
 * what authority ({@code sources}, ids of the knowledge pack). {@code confirm} marks facts taken from
 * secondary summaries (by default, when the catalogue entry says so), and {@code institutionalDefault}
 * facts without a published figure that an institution should review (whenever a source is the pack's
 * {@code institutional default}). {@code conflict} names a source that says otherwise, and which one
 * the finding follows.
 */
public record Finding(
    FindingCode entry,
    String level,
    Integer fracture,
    String basis,
    List<String> sources,
    boolean confirm,
    boolean institutionalDefault,
    String conflict) {

  public Finding {
    Objects.requireNonNull(entry, "entry == null");
    Objects.requireNonNull(basis, "basis == null");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("finding " + entry.code() + " cites no source");
    }
    institutionalDefault |= sources.contains(Sources.INSTITUTIONAL_DEFAULT);
  }

  public Finding(FindingCode entry, String level, Integer fracture, String basis, List<String> sources,
      boolean confirm, boolean institutionalDefault) {
    this(entry, level, fracture, basis, sources, confirm, institutionalDefault, null);
  }

  /** A finding about the whole patient, citing its catalogue entry's sources. */
  public static Finding patient(FindingCode entry, String basis) {
    return new Finding(entry, null, null, basis, entry.sources(), entry.confirm(), false);
  }

  /** A finding about the whole patient that cites the pack's own source for it (a drug's, a threshold's). */
  public static Finding patient(FindingCode entry, String basis, String source) {
    return new Finding(entry, null, null, basis, Sources.ids(source), entry.confirm(), false);
  }

  /** A finding about one fracture, by its index in the case and its level (which may be unknown). */
  public static Finding fracture(FindingCode entry, int fracture, String level, String basis) {
    return new Finding(entry, level, fracture, basis, entry.sources(), entry.confirm(), false);
  }

  /** A finding about one fracture that cites the pack's own source for it. */
  public static Finding fracture(FindingCode entry, int fracture, String level, String basis, String source) {
    return new Finding(entry, level, fracture, basis, Sources.ids(source), entry.confirm(), false);
  }

  /** The code as the assessment writes it, e.g. {@code UNCORRECTABLE_COAGULOPATHY}. */
  public String code() {
    return entry.code();
  }

  public Kind kind() {
    return entry.kind();
  }

  /**
   * The sources as the assessment writes them: ids joined by {@code "; "}, then, in brackets, the
   * marks that go with them (case-format.md, version 2: "(confirm)" carries over to the source) and the
   * conflict with another source, e.g. {@code SIR-HEM-2019 (confirm; ASRA-TABLE gives 6 hours ...)}.
   * An institutional default shows as its own id.
   */
  public String source() {
    String ids = String.join("; ", sources);
    if (!confirm && conflict == null) {
      return ids;
    }
    return ids + " (" + (confirm ? "confirm" : "") + (confirm && conflict != null ? "; " : "")
        + (conflict == null ? "" : conflict) + ")";
  }

  public Finding toConfirm(boolean value) {
    return new Finding(entry, level, fracture, basis, sources, value, institutionalDefault, conflict);
  }

  public Finding asInstitutionalDefault(boolean value) {
    return new Finding(entry, level, fracture, basis, sources, confirm, value, conflict);
  }

  /** A copy that names a source giving another figure, and which one it follows. */
  public Finding inConflict(String text) {
    return new Finding(entry, level, fracture, basis, sources, confirm, institutionalDefault, text);
  }
}
