package org.vapath.core.assessment;

import java.time.LocalDate;

/**
 * One row of the antithrombotic hold plan: the drug recognised and the name it was recorded as,
 * the hold (as written, and its bounds in days or hours), the last dose and the earliest procedure
 * date when the last dose is known, whether the decision belongs to the prescriber, and the basis
 * and source of the row. {@code hold} is {@code null} when the table gives no hold for the facts
 * (e.g. a clearance below the table), and the basis says what to do instead. A {@code provisional} hold
 * stands only until the creatinine clearance is known, and has no earliest date meanwhile.
 */
public record HoldItem(
    String drug,
    String recordedAs,
    String drugClass,
    String hold,
    Double holdMin,
    Double holdMax,
    String holdUnit,
    LocalDate lastDose,
    LocalDate earliestProcedureDate,
    boolean prescriberDecision,
    String basis,
    String source,
    boolean confirm,
    boolean provisional) {
}
