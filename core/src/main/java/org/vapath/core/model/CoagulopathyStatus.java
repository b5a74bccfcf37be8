package org.vapath.core.model;

/** The clinician's judgement of a bleeding disorder. */
public enum CoagulopathyStatus { NONE, CORRECTABLE, UNCORRECTABLE }
