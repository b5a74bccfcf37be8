/**
 * The criteria of the engine, one class per clinical criterion (or a small family), each answering
 * met, not met or unknown with the findings that name the facts it used, and declaring its
 * {@code INFO} (inputs, thresholds, codes, sources). {@link org.vapath.core.rules.Criteria} lists
 * them and is the package's only public type. Each criterion reads known facts only: an unknown
 * fact is a missing or to-verify finding, never "no".
 */
package org.vapath.core.rules;
