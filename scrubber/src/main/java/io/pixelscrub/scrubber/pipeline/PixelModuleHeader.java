package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.codec.Attrs;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;

/** Keeps the header truthful about re-encoded pixels: photometric interpretation, planar configuration, lossy history. */
final class PixelModuleHeader {

    private PixelModuleHeader() {
    }

    static void update(AttributeList header, PixelModule encoded, String inputSyntax, String outputSyntax) throws DicomException {
        Attrs.put(header, TagFromName.PhotometricInterpretation, "CS", encoded.photometric());
        // RLE stores each component in its own segment whatever Planar Configuration says (PS3.5 G.2), so an RLE input's
        // value stays: the IOD may constrain it (US Image: 1 for YBR_FULL), and dciodvfy flagged the 0 we used to write.
        boolean rleToRle = TransferSyntaxes.RLE.equals(inputSyntax) && TransferSyntaxes.RLE.equals(outputSyntax)
                && header.containsKey(TagFromName.PlanarConfiguration);
        if (encoded.isColor() && !rleToRle) {
            Attrs.putUS(header, TagFromName.PlanarConfiguration, encoded.planarConfiguration());
        }
        // Re-encoding a lossy image losslessly adds no loss: the existing history stays as it is, and is added if missing.
        if (TransferSyntaxes.isLossy(inputSyntax) && !inputSyntax.equals(outputSyntax)) {
            String flag = Attribute.getSingleStringValueOrEmptyString(header, TagFromName.LossyImageCompression);
            if (!"01".equals(flag)) {
                Attrs.put(header, TagFromName.LossyImageCompression, "CS", "01");
                if (!header.containsKey(TagFromName.LossyImageCompressionMethod)) {
                    Attrs.put(header, TagFromName.LossyImageCompressionMethod, "CS", lossyMethod(inputSyntax));
                }
            }
        }
    }

    private static String lossyMethod(String ts) {
        return switch (ts) {
            case TransferSyntaxes.JPEG_2000 -> "ISO_15444_1";
            case TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS -> "ISO_14495_1";
            default -> "ISO_10918_1";
        };
    }
}
