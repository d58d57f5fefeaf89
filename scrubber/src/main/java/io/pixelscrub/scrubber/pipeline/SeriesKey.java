package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.PixelModule;

/** Instances that share a layout: one series, one device, one image size. Empty when the series is unknown. */
final class SeriesKey {

    private SeriesKey() {
    }

    static String of(DicomInput in) {
        String series = Attribute.getSingleStringValueOrEmptyString(in.header(), TagFromName.SeriesInstanceUID).trim();
        if (series.isEmpty() || in.module().isEmpty()) {
            return "";
        }
        PixelModule m = in.module().get();
        return String.join("|", series,
                Attribute.getSingleStringValueOrEmptyString(in.header(), TagFromName.Manufacturer).trim(),
                Attribute.getSingleStringValueOrEmptyString(in.header(), TagFromName.ManufacturerModelName).trim(),
                m.columns() + "x" + m.rows());
    }
}
