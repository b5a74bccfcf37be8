package org.vapath.core.catalogue;

/**
 * The source ids the catalogue cites, each a key of the knowledge pack's {@code sources} (a test
 * checks that the pack knows every one).
 */
public final class Sources {
  /** The core reference summary on vertebroplasty and kyphoplasty. */
  public static final String REF = "REF";
  /** The bone cement ingredients' list. */
  public static final String PMMA = "PMMA";
  /** The Society of Interventional Radiology's periprocedural hemostasis guideline. */
  public static final String SIR_HEM = "SIR-HEM-2019";
  /** The ACC/AHA atrial fibrillation guideline's table of anticoagulant holds. */
  public static final String ACC_AF = "ACC-AF-2023";

  private Sources() {
  }
}
