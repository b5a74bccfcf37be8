package org.vapath.core.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vapath.core.model.Modality;
import org.vapath.core.model.VertebralLevel;

/**
 * The words that say "spine" in free text (a study's title, a body site, a report's code), the
 * words of vertebral levels ("L1", "T 12", "the first lumbar vertebra") and of imaging modalities.
 * Data of the knowledge pack; matched as whole words, ignoring case.
 */
public final class SpineWords {
  private static final Pattern CODE_LEVEL = Pattern.compile("(?<![A-Z0-9])([CTLS])[- ]?(\\d{1,2})(?![0-9])");

  private final Pattern spine;
  private final Pattern wordLevel;
  private final Map<String, String> regions;
  private final Map<String, Integer> ordinals;
  private final Map<Modality, Pattern> modalities;
  private final String source;

  public SpineWords(List<String> spineWords, Map<String, String> regions, Map<String, Integer> ordinals,
      Map<Modality, List<String>> modalityWords, String source) {
    this.spine = words(spineWords);
    this.regions = Map.copyOf(regions);
    this.ordinals = Map.copyOf(ordinals);
    this.wordLevel = Pattern.compile("\\b(" + String.join("|", ordinals.keySet()) + ")\\s+("
        + String.join("|", regions.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
    this.modalities = new java.util.EnumMap<>(Modality.class);
    modalityWords.forEach((modality, words) -> this.modalities.put(modality, words(words)));
    this.source = source;
  }

  public String source() {
    return source;
  }

  /** Whether the text names the spine or a vertebral level. */
  public boolean saysSpine(String text) {
    return text != null && (spine.matcher(text).find() || !levels(text).isEmpty());
  }

  /**
   * The one vertebral level the text names ("L1", "T 12", "T12 vertebral body", "first lumbar
   * vertebra"), or {@code null} when it names none, or more than one (a range such as "T7-T8" does
   * not say which vertebra is broken).
   */
  public VertebralLevel level(String text) {
    List<VertebralLevel> found = levels(text);
    return found.size() == 1 ? found.get(0) : null;
  }

  /** The distinct vertebral levels the text names, in order. */
  public List<VertebralLevel> levels(String text) {
    java.util.List<VertebralLevel> found = new java.util.ArrayList<>(1);
    if (text == null) {
      return found;
    }
    Matcher codes = CODE_LEVEL.matcher(text.toUpperCase(Locale.ROOT));
    while (codes.find()) {
      add(codes.group(1) + Integer.parseInt(codes.group(2)), found);
    }
    Matcher words = wordLevel.matcher(text);
    while (words.find()) {
      add(regions.get(words.group(2).toLowerCase(Locale.ROOT)) + ordinals.get(words.group(1).toLowerCase(Locale.ROOT)),
          found);
    }
    return found;
  }

  /** The modality a title names ("XR lumbar spine", "MRI thoracic spine"), or {@code null}. */
  public Modality modality(String text) {
    if (text == null) {
      return null;
    }
    Modality named = null;
    for (Map.Entry<Modality, Pattern> entry : modalities.entrySet()) {
      if (entry.getValue().matcher(text).find()) {
        if (named != null) {
          return null; // two modalities named: the title does not say which study this is
        }
        named = entry.getKey();
      }
    }
    return named;
  }

  private static void add(String name, List<VertebralLevel> found) {
    for (VertebralLevel level : VertebralLevel.values()) {
      if (level.name().equals(name) && !found.contains(level)) {
        found.add(level);
      }
    }
  }

  private static Pattern words(List<String> words) {
    StringBuilder alternatives = new StringBuilder();
    for (String word : words) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(word));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
  }
}
