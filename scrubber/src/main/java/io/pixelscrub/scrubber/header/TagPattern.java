package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.AttributeTag;

/**
 * A tag as written in Table E.1-1: exact "(0010,0010)", with wildcard nibbles "(60XX,3000)", or the private
 * attributes row "(GGGG,EEEE) WHERE GGGG IS ODD".
 */
record TagPattern(int group, int groupMask, int element, int elementMask, boolean anyOddGroup) {

    static TagPattern parse(String text) {
        String t = text.trim().toUpperCase();
        if (t.startsWith("(GGGG,EEEE)") && t.contains("ODD")) {
            return new TagPattern(0, 0, 0, 0, true);
        }
        if (!t.matches("\\([0-9A-FX]{4},[0-9A-FX]{4}\\)")) {
            throw new IllegalArgumentException("unrecognised tag in profile table: " + text);
        }
        int[] g = valueAndMask(t.substring(1, 5));
        int[] e = valueAndMask(t.substring(6, 10));
        return new TagPattern(g[0], g[1], e[0], e[1], false);
    }

    private static int[] valueAndMask(String hex) {
        int value = 0;
        int mask = 0;
        for (char ch : hex.toCharArray()) {
            value <<= 4;
            mask <<= 4;
            if (ch != 'X') {
                value |= Character.digit(ch, 16);
                mask |= 0xF;
            }
        }
        return new int[] {value, mask};
    }

    boolean isExact() {
        return !anyOddGroup && groupMask == 0xFFFF && elementMask == 0xFFFF;
    }

    boolean matches(AttributeTag tag) {
        if (anyOddGroup) {
            return (tag.getGroup() & 1) == 1;
        }
        return (tag.getGroup() & groupMask) == group && (tag.getElement() & elementMask) == element;
    }

    /** "(gggg,eeee)" in upper-case hex, the notation used in results and logs. */
    static String format(AttributeTag tag) {
        return String.format("(%04X,%04X)", tag.getGroup(), tag.getElement());
    }

    /** The tag of a top-level "(gggg,eeee)" path as produced by {@link #format}. */
    static AttributeTag parseTag(String formatted) {
        return new AttributeTag(Integer.parseInt(formatted.substring(1, 5), 16), Integer.parseInt(formatted.substring(6, 10), 16));
    }
}
