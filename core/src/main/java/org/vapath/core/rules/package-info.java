/**
 * The rules of the engine, one class per family (contraindications, required and screening facts,
 * indications, work-up, hemostasis, procedure, consent figures, decision), applied in order by
 * {@link org.vapath.core.rules.RuleSet}. Each rule reads known facts only: an unknown fact becomes
 * a missing or to-verify finding, never "no".
 */
package org.vapath.core.rules;
