/**
 * NegEx/ConText for one sentence: lexicon phrases, trigger categories (negated, uncertain,
 * hypothetical, ignored) and their scopes.
 */
package org.vapath.report.context;
