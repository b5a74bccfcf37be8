/** The clinician's web pages: server-rendered HTML around the engine and the registry. */
package org.vapath.server.web;
