/**
 * The state that several instances of the service share through a PostgreSQL registry (web sessions,
 * the cards' links, the tokens' ids seen, failed sign-ins), or that a single instance keeps in its own
 * memory; {@link org.vapath.server.shared.InstanceState} picks one or the other.
 */
package org.vapath.server.shared;
