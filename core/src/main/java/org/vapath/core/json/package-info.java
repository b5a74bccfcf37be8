/**
 * Reading and writing VAPath's JSON: cases (strictly, naming the field and value of every refusal),
 * assessments, and the knowledge pack with an institution's overrides.
 */
package org.vapath.core.json;
