package org.vapath.core.model;

/** Response of the pain to medical (conservative) therapy. */
public enum TherapyResponse { NOT_TRIED, IMPROVING, NOT_IMPROVING, WORSENING }
