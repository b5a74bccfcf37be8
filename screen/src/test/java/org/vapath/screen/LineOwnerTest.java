package org.vapath.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The patient an unreadable line still names: one row per line, the owner expected beside it. */
class LineOwnerTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // cut off after the subject
      "{\"resourceType\":\"Observation\",\"id\":\"o\",\"subject\":{\"reference\":\"Patient/p1\"},\"valueQ|p1",
      // cut off inside the subject, after its reference
      "{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"Patient/p1\",\"disp|p1",
      // a fault before the subject: its compact form, after it
      "{\"resourceType\":\"Condition\",\"code\":{]},\"subject\":{\"reference\":\"Patient/p1\"}}|p1",
      "{\"resourceType\":\"AllergyIntolerance\",\"x\":tru,\"patient\":{\"reference\":\"urn:uuid:p-9\"}}|p-9",
      // two objects on one line: the first is whole
      "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"Patient/p1\"}} {}|p1",
      // a Patient cut off after its id
      "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"19|p1",
      // a Patient whose id is cut: no owner, even if a reference follows
      "{\"resourceType\":\"Patient\",\"id\":\"p1|-",
      // two references that disagree, after the fault
      "{\"resourceType\":\"Observation\",{\"subject\":{\"reference\":\"Patient/a\"},\"patient\":{\"reference\":\"Patient/b\"}}|-",
      // cut before any reference
      "{\"resourceType\":\"Observation\",\"id\":\"o\",\"sta|-",
      // types VAPath does not read, and shared Medications, belong to nobody here
      "{\"resourceType\":\"Encounter\",\"subject\":{\"reference\":\"Patient/p1\"},\"x|-",
      "{\"resourceType\":\"Medication\",\"id\":\"m\",\"code\":{|-",
      "[1,2|-",
      "not json at all|-"})
  void aLineThatCannotBeReadIsAttachedOnlyToThePatientItSurelyNames(String line, String owner) {
    byte[] bytes = ("  " + line).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> KeptLine.read(bytes, 2, bytes.length - 2)).as("unreadable")
        .isInstanceOf(JsonProcessingException.class);

    assertThat(KeptLine.ownerOfUnreadable(bytes, 2, bytes.length - 2)).isEqualTo(owner);
  }
}
