/** FHIR R4 resources mapped to a VAPath case. */
package org.vapath.fhir;
