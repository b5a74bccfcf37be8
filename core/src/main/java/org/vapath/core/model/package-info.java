/**
 * The parts of a case: the facts about one patient that the engine reads. A {@code null} part
 * is unknown, never "no"; absent groups are the {@code UNKNOWN} constant of their record.
 */
package org.vapath.core.model;
