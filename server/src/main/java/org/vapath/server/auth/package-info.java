/**
 * Who is calling: an EHR by its signed JWT (each accepted once), or a person by the session of a
 * sign-in that is throttled against guessing.
 */
package org.vapath.server.auth;
