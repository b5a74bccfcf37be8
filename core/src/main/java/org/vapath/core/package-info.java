/**
 * The types a user of the engine touches: {@link org.vapath.core.Case} in,
 * {@link org.vapath.core.Engine} with its {@link org.vapath.core.KnowledgePack}, and
 * {@link org.vapath.core.Assessment} out; {@link org.vapath.core.InputError} for refused input.
 */
package org.vapath.core;
