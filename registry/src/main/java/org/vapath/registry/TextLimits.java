package org.vapath.registry;

import org.vapath.core.InputError;

/**
 * The longest text each registry field keeps (the columns' sizes in the schema), checked before a
 * write so that a long text is refused naming its field rather than failing in the database.
 */
public final class TextLimits {
  /** {@code cases.case_ref}. */
  public static final int CASE_ID = 100;
  /** {@code procedures.operator}. */
  public static final int OPERATOR = 100;
  /** {@code complications.description}. */
  public static final int DESCRIPTION = 500;
  private static final int SHOWN = 40;

  private TextLimits() {
  }

  /** The text when it fits; refused naming {@code field} otherwise. */
  public static String check(String field, String text, int max) {
    if (text != null && text.length() > max) {
      throw new InputError(field, '"' + text.substring(0, SHOWN) + "...\"", "is " + text.length()
          + " characters long; the registry keeps at most " + max);
    }
    return text;
  }
}
