package org.vapath.core.knowledge;

/** A named complication of vertebral augmentation; some concern thoracic levels only. */
public record Complication(String code, String name, boolean thoracicOnly) {
}
