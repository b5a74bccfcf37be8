/** Synthetic populations for VAPath's screening: Synthea with VAPath's vertebral compression fracture module. */
package org.vapath.synthea;
