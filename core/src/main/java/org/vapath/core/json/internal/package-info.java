/**
 * Not API: the strict reader of JSON fields that the readers of cases, knowledge packs and request
 * bodies share (a field's path and value in every error). Public only so that those readers, in
 * other packages and modules, can use it; it may change without notice.
 */
package org.vapath.core.json.internal;
