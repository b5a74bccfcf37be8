package org.vapath.server.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vapath.core.catalogue.FindingCode;

/**
 * Bone health in a patient's words, from the assessment's follow-up (secondary prevention after a
 * fragility fracture): a bone density test and bone-strengthening treatment when the record does not
 * show them, and the fracture liaison team. Empty when the assessment asks for none of them.
 */
final class BoneHealth {
  private BoneHealth() {
  }

  static List<String> words(Set<String> followUp) {
    boolean test = followUp.contains(FindingCode.BMD_REFERRAL.name());
    boolean treatment = followUp.contains(FindingCode.OSTEOPOROSIS_TREATMENT.name());
    boolean team = followUp.contains(FindingCode.FRACTURE_LIAISON.name());
    List<String> words = new ArrayList<>();
    if (!test && !treatment && !team) {
      return words;
    }
    // the five-fold risk is the basis of BMD_REFERRAL (clinical-knowledge.md, secondary prevention)
    words.add("A break like this is often a sign of thin, weak bones. This is called osteoporosis. After one such"
        + " break, a new break in the spine is five times as likely.");
    if (test) {
      words.add("Your doctors will ask for a bone density test. It is a quick X-ray scan that shows how strong your"
          + " bones are. It does not hurt.");
    }
    if (treatment) {
      words.add("Your doctors will talk with you about medicine for osteoporosis. It makes bones stronger and can"
          + " lower the chance of a new break. You may also need calcium and vitamin D.");
    }
    if (team) {
      words.add("You may also meet a team that helps people after a broken bone.");
    }
    return words;
  }
}
