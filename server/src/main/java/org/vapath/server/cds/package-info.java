/**
 * The CDS Hooks service: discovery, the hooks' calls with their prefetch and FHIR fetches, cards and
 * suggestions, and the EHR's feedback. Only {@code CdsHooks}, whose handlers the routes table calls, is public.
 */
package org.vapath.server.cds;
