package io.pixelscrub.scrubber.store;

import java.util.Locale;

/**
 * How replacement patient names and IDs are made. COUNTER: prefix and the patient's number in the store, zero-padded
 * (PSEUDO-000001), readable and in order of first appearance. HASH: prefix and 64 bits of a keyed hash of the patient
 * ID ({@link io.pixelscrub.scrubber.header.KeyedPatientPseudonymizer}), the same in every store given the same key.
 */
public record PseudonymScheme(Kind kind, String prefix) {

    public enum Kind { COUNTER, HASH }

    public PseudonymScheme {
        if (prefix == null || prefix.length() > 40 || !prefix.matches("[A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("pseudonym prefix must be at most 40 characters of [A-Za-z0-9_-]");
        }
    }

    public static Kind parseKind(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "counter", "prefix-counter" -> Kind.COUNTER;
            case "hash", "keyed-hash" -> Kind.HASH;
            default -> throw new IllegalArgumentException("pseudonym scheme must be counter or hash");
        };
    }

    String counterValue(long seq) {
        return prefix + String.format("%06d", seq);
    }

    /** For the runs table: the scheme and its prefix (the prefix is chosen by the user, not patient data). */
    String describe() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + prefix;
    }
}
