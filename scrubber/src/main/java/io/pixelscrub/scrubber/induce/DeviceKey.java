package io.pixelscrub.scrubber.induce;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.models.template.Condition;
import io.pixelscrub.models.template.Operator;
import io.pixelscrub.models.template.ValueMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes two images share a screen layout: the same device (modality, manufacturer, model, software version)
 * writing the same picture (size, photometric interpretation). None of these identify a patient.
 */
public record DeviceKey(String modality, String manufacturer, String model, String software, int rows, int columns,
                        String photometric) {

    public static DeviceKey of(AttributeList header) {
        return new DeviceKey(text(header, TagFromName.Modality), text(header, TagFromName.Manufacturer),
                text(header, TagFromName.ManufacturerModelName), text(header, TagFromName.SoftwareVersions),
                Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Rows, 0),
                Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Columns, 0),
                text(header, TagFromName.PhotometricInterpretation));
    }

    /** The template condition that selects exactly this device and picture (empty values must be empty). */
    public Condition condition() {
        List<Condition> parts = new ArrayList<>();
        parts.add(equalsOrMissing("Modality", modality));
        parts.add(equalsOrMissing("Manufacturer", manufacturer));
        parts.add(equalsOrMissing("ManufacturerModelName", model));
        parts.add(equalsOrMissing("SoftwareVersions", software));
        parts.add(Condition.test("Rows", Operator.EQUALS, Integer.toString(rows), ValueMode.JOINED));
        parts.add(Condition.test("Columns", Operator.EQUALS, Integer.toString(columns), ValueMode.JOINED));
        parts.add(equalsOrMissing("PhotometricInterpretation", photometric));
        return Condition.all(parts.toArray(Condition[]::new));
    }

    /** A short label for listings and ids: "US ACME Model A 640x480". */
    public String label() {
        return String.join(" ", List.of(modality, manufacturer, model, software).stream().filter(s -> !s.isEmpty()).toList())
                + " " + columns + "x" + rows + (photometric.isEmpty() ? "" : " " + photometric);
    }

    private static Condition equalsOrMissing(String attribute, String value) {
        return value.isEmpty()
                ? Condition.any(Condition.test(attribute, Operator.MISSING, null, ValueMode.JOINED),
                        Condition.test(attribute, Operator.EMPTY, null, ValueMode.JOINED))
                : Condition.test(attribute, Operator.EQUALS, value, ValueMode.JOINED);
    }

    private static String text(AttributeList header, AttributeTag tag) {
        return Attribute.getDelimitedStringValuesOrEmptyString(header, tag).trim();
    }
}
