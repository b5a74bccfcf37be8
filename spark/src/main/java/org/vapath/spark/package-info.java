/** The population screening on Apache Spark: the same pipeline, the engine inside the tasks. */
package org.vapath.spark;
