package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.AttributeTag;

/**
 * A reviewer's override of the profile: remove an attribute. {@code path} is a tag or a path of tags without item
 * numbers ("(0018,1030)", "(0040,0275)/(0032,1060)"); {@code manufacturer} and {@code model} (exact, when not null)
 * restrict it to one device, as the original header names it; {@code value} (when not null) to the attribute holding
 * exactly that value as released. {@code source} names where it came from, for the audit trail ("remove-attribute",
 * "marked"); it never holds a value.
 */
public record AttributeOverride(String path, String manufacturer, String model, String value, String source) {

    public AttributeOverride {
        path = path.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        if (!path.matches("\\([0-9A-F]{4},[0-9A-F]{4}\\)(/\\([0-9A-F]{4},[0-9A-F]{4}\\))*")) {
            throw new IllegalArgumentException("not a tag or tag path like (0018,1030): " + path);
        }
        AttributeTag last = tag(path.substring(path.lastIndexOf('(')));
        if (essential(last)) {
            throw new IllegalArgumentException("an override may not remove " + path
                    + ": the file would no longer be a valid image (file meta, SOP class/instance, pixel module, pixel data)");
        }
    }

    /** The audit rule: what asked for the removal, and its scope; no value. */
    public String rule() {
        StringBuilder sb = new StringBuilder("override:").append(source);
        if (manufacturer != null || model != null) {
            sb.append(" (device ").append(manufacturer == null ? "*" : manufacturer).append(" / ")
                    .append(model == null ? "*" : model).append(')');
        }
        if (value != null) {
            sb.append(" (one value)");
        }
        return sb.toString();
    }

    static AttributeTag tag(String t) {
        return new AttributeTag(Integer.parseInt(t.substring(1, 5), 16), Integer.parseInt(t.substring(6, 10), 16));
    }

    private static boolean essential(AttributeTag t) {
        int g = t.getGroup();
        int e = t.getElement();
        return g == 0x0002 || g == 0x0028 || g == 0x7FE0 || g == 0x0008 && (e == 0x0016 || e == 0x0018);
    }
}
