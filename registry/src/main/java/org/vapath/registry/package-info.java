/** The registry: cases, procedures, complications and follow-ups in a database, and the outcome audit. */
package org.vapath.registry;
