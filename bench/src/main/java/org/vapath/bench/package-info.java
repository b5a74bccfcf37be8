/** JMH benchmarks of the engine and of the NDJSON pipeline; see BENCHMARKS.md for how to run them. */
package org.vapath.bench;
