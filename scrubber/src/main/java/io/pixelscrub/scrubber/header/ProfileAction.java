package io.pixelscrub.scrubber.header;

/**
 * A PS3.15 Table E.1-1 action, with compound codes resolved to one action.
 *
 * <p>Compound codes let the choice depend on the attribute's type in the IOD (X/Z: Z if type 2, else X; X/D and
 * X/Z/D: D if type 1; Z/D: D if type 1). We do not know the IOD type here, so we take the alternative that keeps the
 * object valid for every type; no alternative keeps any original information, so none is weaker for privacy:
 * <ul>
 *   <li>X/Z becomes Z (an empty value is valid for type 2 and 3),</li>
 *   <li>X/D, Z/D and X/Z/D become D (a dummy is valid for type 1, 2 and 3),</li>
 *   <li>X/Z/U* becomes U: the sequence stays, every UID inside it is remapped (U*), and the rest of its items is
 *       handled by the rows of their own attributes.</li>
 * </ul>
 */
public enum ProfileAction {
    KEEP("K"),
    REMOVE("X"),
    ZERO("Z"),
    DUMMY("D"),
    REMAP_UID("U"),
    /**
     * Clean (options only): keep the attribute but remove what identifies: free text loses identifying values and
     * PHI patterns, dates move by the patient's offset, private attributes stay only if on the safe list, overlay
     * data loses the redacted regions. See {@link ProfileEngine}.
     */
    CLEAN("C");

    private final String code;

    ProfileAction(String code) { this.code = code; }

    public String code() { return code; }

    /** The action for a table cell; an absent or blank cell means the attribute is kept. */
    public static ProfileAction resolve(String cell) {
        if (cell == null || cell.isBlank()) {
            return KEEP;
        }
        String c = cell.trim().toUpperCase();
        if (c.contains("U")) {
            return REMAP_UID;
        }
        if (c.contains("D")) {
            return DUMMY;
        }
        if (c.contains("Z")) {
            return ZERO;
        }
        return switch (c) {
            case "X" -> REMOVE;
            case "K" -> KEEP;
            case "C" -> CLEAN;
            default -> throw new IllegalArgumentException("unknown PS3.15 action code: " + c);
        };
    }
}
