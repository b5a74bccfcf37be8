/** Population screening of a FHIR Bulk Data export on one machine, in bounded memory. */
package org.vapath.screen;
