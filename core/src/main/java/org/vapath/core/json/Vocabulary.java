package org.vapath.core.json;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The wire names of the case's enumerations: lower case with underscores ({@code not_improving}). */
public final class Vocabulary {
  private Vocabulary() {
  }

  public static <E extends Enum<E>> Map<String, E> lowerCase(Class<E> type) {
    Map<String, E> vocabulary = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      vocabulary.put(wireName(constant), constant);
    }
    return Map.copyOf(vocabulary);
  }

  public static <E extends Enum<E>> Map<String, E> exact(Class<E> type) {
    Map<String, E> vocabulary = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      vocabulary.put(constant.name(), constant);
    }
    return Map.copyOf(vocabulary);
  }

  public static String wireName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
