package io.pixelscrub.models.template;

import java.util.Locale;
import java.util.Map;

/**
 * Hex tag to keyword, for rule files that name attributes by tag (CTP "[0008,0070]", deid "0x00080070").
 * Deliberately tiny: the tags used by the bundled rules plus a few common device attributes. An unknown tag
 * stays as "gggg,eeee" so a HeaderView that knows tags can still answer it.
 */
final class DicomKeywords {

    private static final Map<String, String> BY_TAG = Map.ofEntries(
            Map.entry("0002,0013", "ImplementationVersionName"),
            Map.entry("0008,0008", "ImageType"),
            Map.entry("0008,0016", "SOPClassUID"),
            Map.entry("0008,0060", "Modality"),
            Map.entry("0008,0070", "Manufacturer"),
            Map.entry("0008,103E", "SeriesDescription"),
            Map.entry("0008,1090", "ManufacturerModelName"),
            Map.entry("0018,1020", "SoftwareVersions"),
            Map.entry("0018,1030", "ProtocolName"),
            Map.entry("0028,0010", "Rows"),
            Map.entry("0028,0011", "Columns"),
            Map.entry("0028,0301", "BurnedInAnnotation"),
            Map.entry("6000,0022", "OverlayDescription"));

    private DicomKeywords() {
    }

    /** Keyword for "[gggg,eeee]", "(gggg,eeee)", "gggg,eeee" or "0xggggeeee"; anything else is returned trimmed. */
    static String resolve(String name) {
        String n = name.trim();
        String hex = null;
        if (n.matches("[\\[(]\\s*\\p{XDigit}{4}\\s*,\\s*\\p{XDigit}{4}\\s*[\\])]") || n.matches("\\p{XDigit}{4},\\p{XDigit}{4}")) {
            hex = n.replaceAll("[\\[\\]()\\s]", "");
        } else if (n.matches("0[xX]\\p{XDigit}{8}")) {
            hex = n.substring(2, 6) + "," + n.substring(6);
        }
        if (hex == null) {
            return n;
        }
        hex = hex.toUpperCase(Locale.ROOT);
        return BY_TAG.getOrDefault(hex, hex);
    }
}
