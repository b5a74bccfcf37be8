package org.vapath.core.catalogue;

import java.util.List;

/**
 * The source ids the catalogue cites, each a key of the knowledge pack's {@code sources} (a test
 * checks that the pack knows every one). A value no source states cites {@link #INSTITUTIONAL_DEFAULT}.
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
  /** The ASRA pain-procedure table as adapted by UpToDate (confirm). */
  public static final String ASRA_TABLE = "ASRA-TABLE";
  /** Third-party summaries of the Medicare LCDs (confirm). */
  public static final String LCD_SUM = "LCD-SUM";
  /** The rubric derived from the L34228 checklist (confirm). */
  public static final String LCD_RUBRIC = "LCD-RUBRIC";
  /** The care pathway for vertebral fragility fractures. */
  public static final String HIRSCH = "HIRSCH-2018";
  /** Chronic fractures: still symptomatic 4 months or more after onset. */
  public static final String HATGIS = "HATGIS-2018";
  /** NASS appropriate use criteria, neoplastic and osteoporotic fractures. */
  public static final String NASS_NEO = "NASS-NEO-2025";
  public static final String NASS_OST = "NASS-OST";
  /** Commercial payers' policies (summaries). */
  public static final String BCBS = "BCBS-485";
  public static final String EVICORE = "EVICORE-607";
  public static final String RAD601 = "RAD601";
  /** The instability and cord compression scales. */
  public static final String SINS = "SINS-2010";
  public static final String BILSKY = "BILSKY-2010";
  /** Leukocytosis: above 11 x 10^9/L. */
  public static final String HEMADV_WBC = "HEMADV-WBC";
  public static final String MSD_WBC = "MSD-WBC";
  /** Secondary fracture prevention. */
  public static final String ASBMR = "ASBMR-2020";
  public static final String BHOF = "BHOF-2022";
  /** Cockcroft-Gault. */
  public static final String CG = "CG-1976";
  /** No published figure or rule: a default of VAPath for an institution to review (a key of the pack, too). */
  public static final String INSTITUTIONAL_DEFAULT = "institutional default";

  private Sources() {
  }

  /** The ids of a source as the pack writes it, one or several joined by {@code "; "}. */
  public static List<String> ids(String source) {
    return source.contains("; ") ? List.of(source.split("; ")) : List.of(source);
  }
}
