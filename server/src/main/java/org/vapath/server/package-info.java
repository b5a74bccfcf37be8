/** HTTP: the CDS Hooks service, with JWT authentication of the EHR. */
package org.vapath.server;
