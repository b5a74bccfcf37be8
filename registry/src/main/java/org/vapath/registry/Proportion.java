package org.vapath.registry;

/**
 * A proportion observed in the service's own cases, with its Wilson score 95% interval (which,
 * unlike the normal approximation, stays within 0-100% and behaves with few cases).
 */
public record Proportion(int events, int cases, double percent, double lowPercent, double highPercent) {
  private static final double Z = 1.959963984540054;

  public static Proportion of(int events, int cases) {
    if (events < 0 || cases < 0 || events > cases) {
      throw new IllegalArgumentException("not a proportion: " + events + "/" + cases);
    }
    if (cases == 0) {
      return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double p = (double) events / cases;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * cases)) / (1 + z2 / cases);
    double half = Z * Math.sqrt(p * (1 - p) / cases + z2 / (4.0 * cases * cases)) / (1 + z2 / cases);
    return new Proportion(events, cases, 100 * p, 100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
  }
}
