package org.vapath.core.model;

import java.time.LocalDate;

/**
 * The pain: status, 0-10 numeric rating, onset, and the date the rating was taken, each possibly
 * unknown ({@code null}). A rating without a status is a general pain score: the engine may read
 * a recent positive score as ongoing pain, never a score of 0 as no pain.
 */
public record Pain(PainStatus status, Double nrs, LocalDate onset, LocalDate nrsDate) {
  public static final Pain UNKNOWN = new Pain(null, null, null, null);

  public Pain(PainStatus status, Double nrs, LocalDate onset) {
    this(status, nrs, onset, null);
  }
}
