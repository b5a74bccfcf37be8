/**
 * Running the server: liveness and readiness, the Prometheus metrics and the access log. None of
 * them carries a patient's data: routes are named by their template, never by the path's ids.
 */
package org.vapath.server.ops;
