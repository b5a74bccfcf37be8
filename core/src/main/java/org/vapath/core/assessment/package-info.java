/**
 * The parts of an assessment: decisions, explained findings, procedure plan, risk and benefit.
 * Every part is an immutable value that names its basis and source.
 */
package org.vapath.core.assessment;
