package io.pixelscrub.testdata.synthetic.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.io.IOException;
import java.nio.file.Path;

/** Small test images written by hand: attributes one by one, 8-bit pixels, explicit VR little endian. */
public final class NativeDicom {

    private NativeDicom() {
    }

    /** Adds {@code attribute} (a new, empty one) with {@code value}. */
    public static void put(AttributeList list, Attribute attribute, String value) throws DicomException {
        attribute.addValue(value);
        list.put(attribute);
    }

    /** A secondary-capture instance: SOP class, SOP/study/series instance UIDs from {@code uids}, and {@code modality}. */
    public static void secondaryCapture(AttributeList list, Uids uids, String modality) throws DicomException {
        put(list, new UniqueIdentifierAttribute(TagFromName.SOPClassUID), "1.2.840.10008.5.1.4.1.1.7");
        put(list, new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID), uids.next());
        put(list, new UniqueIdentifierAttribute(TagFromName.StudyInstanceUID), uids.next());
        put(list, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), uids.next());
        put(list, new CodeStringAttribute(TagFromName.Modality), modality);
    }

    public static void us(AttributeList list, AttributeTag tag, int value) throws DicomException {
        Attribute a = new UnsignedShortAttribute(tag);
        a.addValue(value);
        list.put(a);
    }

    /**
     * Adds the image pixel module for 8-bit {@code pixels} (MONOCHROME2 or MONOCHROME1 grey, or interleaved RGB) and the
     * file meta information, then writes {@code list} to {@code out}.
     */
    public static void write8Bit(AttributeList list, int rows, int columns, String photometric, byte[] pixels, Path out)
            throws IOException {
        try {
            boolean colour = photometric.equals("RGB");
            us(list, TagFromName.Rows, rows);
            us(list, TagFromName.Columns, columns);
            us(list, TagFromName.SamplesPerPixel, colour ? 3 : 1);
            put(list, new CodeStringAttribute(TagFromName.PhotometricInterpretation), photometric);
            us(list, TagFromName.BitsAllocated, 8);
            us(list, TagFromName.BitsStored, 8);
            us(list, TagFromName.HighBit, 7);
            us(list, TagFromName.PixelRepresentation, 0);
            if (colour) {
                us(list, TagFromName.PlanarConfiguration, 0);
            }
            Attribute data = new OtherByteAttribute(TagFromName.PixelData);
            data.setValues(pixels);
            list.put(data);
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "PIXSCRUBSYN");
            list.write(out.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (DicomException e) {
            throw new IOException("cannot write " + out.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
