/**
 * HTTP: the server, its one table of routes, its exception family, configuration, body limits and
 * security headers. The doors are subpackages ({@code cds}, {@code api}, {@code web}, {@code sheet}),
 * and who may use them is {@code auth}'s.
 */
package org.vapath.server;
