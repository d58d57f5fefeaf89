package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;

import java.util.List;

/**
 * Applies the reviewer's overrides after the profile: each removes the attributes at its path (in every item of the
 * sequences on the way) for the files of its device, or only where the released value equals its value. Each removal is
 * an action of the audit trail (X, step override, the override's rule).
 */
public final class HeaderOverrides {

    public static final HeaderOverrides NONE = new HeaderOverrides(List.of());

    private final List<AttributeOverride> overrides;

    public HeaderOverrides(List<AttributeOverride> overrides) {
        this.overrides = List.copyOf(overrides);
    }

    public List<AttributeOverride> overrides() {
        return overrides;
    }

    public boolean isEmpty() {
        return overrides.isEmpty();
    }

    /** The device as the original header names it; read before the profile runs. */
    public record Device(String manufacturer, String model) {
        static Device of(AttributeList original) {
            return new Device(Attribute.getSingleStringValueOrEmptyString(original, TagFromName.Manufacturer).trim(),
                    Attribute.getSingleStringValueOrEmptyString(original, TagFromName.ManufacturerModelName).trim());
        }
    }

    void apply(AttributeList list, Device device, List<AppliedAction> out) {
        for (AttributeOverride o : overrides) {
            if (o.manufacturer() != null && !o.manufacturer().equals(device.manufacturer())
                    || o.model() != null && !o.model().equals(device.model())) {
                continue;
            }
            remove(list, "", o.path().split("/"), 0, o, out);
        }
    }

    private static void remove(AttributeList list, String path, String[] tags, int depth, AttributeOverride o,
                               List<AppliedAction> out) {
        Attribute a = list.get(AttributeOverride.tag(tags[depth]));
        if (a == null) {
            return;
        }
        String here = path + tags[depth];
        if (depth < tags.length - 1) {
            if (a instanceof SequenceAttribute s) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    remove(s.getItem(i).getAttributeList(), here + "[" + i + "]/", tags, depth + 1, o, out);
                }
            }
            return;
        }
        if (o.value() != null && !o.value().trim().equals(a.getDelimitedStringValuesOrEmptyString().trim())) {
            return;
        }
        list.remove(a.getTag());
        out.add(new AppliedAction(here, "X", Step.OVERRIDE, o.rule()));
    }
}
