package org.factmark.model;

/**
 * One label a span can carry.
 *
 * @param id     the value written in the sidecar's {@code label}
 * @param name   what the user reads
 * @param colour CSS hex colour; the defaults are the Okabe–Ito colour-blind-safe palette
 * @param key    the digit key that applies it (1–9), or 0 for none
 */
public record LabelDef(String id, String name, String colour, int key) {
}
