package io.pixelscrub.testdata.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Top-level attributes from {@code dcmdump -Un} text output.
 *
 * <p>Only lines starting in column 0 are read: dcmdump indents sequence items, so nested
 * attributes (icon images, functional groups) cannot shadow the top-level ones.
 * Values are either in brackets for strings ({@code CS [PALETTE COLOR]}), bare for binary
 * numbers ({@code US 512}), {@code =path} for pixel data written with {@code +W},
 * or {@code (no value available)}, which we treat as absent.
 */
final class DcmDump {
    // (gggg,eeee) VR value   # length, vm Keyword
    private static final Pattern LINE =
            Pattern.compile("^\\(([0-9a-fA-F]{4},[0-9a-fA-F]{4})\\) (\\S\\S) (.*?)\\s*#\\s*\\d+,.*$");

    private final Map<String, String> values = new LinkedHashMap<>();

    private DcmDump(String text) {
        for (String line : text.split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                String raw = m.group(3);
                String value = parseValue(raw);
                if (value != null) {
                    values.putIfAbsent(m.group(1).toLowerCase(), value);
                }
            }
        }
    }

    static DcmDump parse(String text) {
        return new DcmDump(text);
    }

    private static String parseValue(String raw) {
        if (raw.startsWith("(no value available)")) {
            return null;
        }
        if (raw.startsWith("[")) {
            int end = raw.lastIndexOf(']');
            // dcmdump keeps the padding space of odd-length strings out, but strip to be safe.
            return (end > 0 ? raw.substring(1, end) : raw.substring(1)).strip();
        }
        return raw.strip();
    }

    /** Value of a top-level attribute, e.g. {@code string("0028,0004")}; null if absent. */
    String string(String tag) {
        return values.get(tag.toLowerCase());
    }

    /** First value of a numeric attribute (US plain, or IS in brackets); empty if absent. */
    OptionalInt integer(String tag) {
        String v = string(tag);
        if (v == null || v.isEmpty()) {
            return OptionalInt.empty();
        }
        String first = v.split("\\\\")[0].strip();
        try {
            return OptionalInt.of(Integer.parseInt(first));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Attribute " + tag + " is not an integer: " + v, e);
        }
    }

    int required(String tag) {
        return integer(tag).orElseThrow(() -> new IllegalStateException("dcmdump output lacks " + tag));
    }

    /**
     * Where {@code dcmdump +W} wrote the top-level Pixel Data, or null if the dataset has none.
     * dcmdump prints the file as {@code OW =dir/name.N.raw}.
     */
    String pixelDataFile() {
        String v = string("7fe0,0010");
        return v != null && v.startsWith("=") ? v.substring(1) : null;
    }
}
