package org.vapath.core.catalogue;

/** A criterion's answer. Unknown is its own state: a fact not recorded is never "not met". */
public enum Status { MET, NOT_MET, UNKNOWN }
