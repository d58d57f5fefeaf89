package io.pixelscrub.testdata.synthetic.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UnsignedShortAttribute;
import io.pixelscrub.testdata.synthetic.pixels.Palette;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;

/** Image Pixel, cine, VOI and palette attributes plus Pixel Data, for one case. */
final class PixelModule {

    private PixelModule() {
    }

    static void add(AttributeList list, PixelFormat f, int width, int height, int frames, PixelBuffer pixels)
            throws DicomException {
        us(list, TagFromName.Rows, height);
        us(list, TagFromName.Columns, width);
        us(list, TagFromName.SamplesPerPixel, f.samplesPerPixel);
        HeaderFactory.put(list, new CodeStringAttribute(TagFromName.PhotometricInterpretation),
                f.photometric);
        us(list, TagFromName.BitsAllocated, f.bitsAllocated);
        us(list, TagFromName.BitsStored, f.bitsStored);
        us(list, TagFromName.HighBit, f.bitsStored - 1);
        us(list, TagFromName.PixelRepresentation, 0);
        if (f.isColour()) {
            us(list, TagFromName.PlanarConfiguration, 0);
        }
        if (frames > 1) {
            HeaderFactory.put(list, new IntegerStringAttribute(TagFromName.NumberOfFrames), Integer.toString(frames));
            HeaderFactory.put(list, new DecimalStringAttribute(TagFromName.FrameTime), "33.3");
            AttributeTagAttribute pointer = new AttributeTagAttribute(TagFromName.FrameIncrementPointer);
            pointer.addValue(TagFromName.FrameTime);
            list.put(pointer);
        }
        if (f.isGrey() && f.bitsStored > 8) {
            // The window shows the picture; text drawn above backgroundMax() saturates to white. MONOCHROME1
            // stores the picture inverted, at the top of the range.
            int max = f.backgroundMax();
            int center = f.photometric.equals("MONOCHROME1") ? f.maxStored() - max / 2 : max / 2;
            HeaderFactory.put(list, new DecimalStringAttribute(TagFromName.WindowCenter), Integer.toString(center));
            HeaderFactory.put(list, new DecimalStringAttribute(TagFromName.WindowWidth), Integer.toString(max));
        }
        if (f == PixelFormat.PALETTE_8) {
            palette(list, TagFromName.RedPaletteColorLookupTableDescriptor,
                    TagFromName.RedPaletteColorLookupTableData, 16);
            palette(list, TagFromName.GreenPaletteColorLookupTableDescriptor,
                    TagFromName.GreenPaletteColorLookupTableData, 8);
            palette(list, TagFromName.BluePaletteColorLookupTableDescriptor,
                    TagFromName.BluePaletteColorLookupTableData, 0);
        }
        if (f.bitsAllocated == 8) {
            Attribute data = new OtherByteAttribute(TagFromName.PixelData);
            data.setValues(pixels.bytes());
            list.put(data);
        } else {
            Attribute data = new OtherWordAttribute(TagFromName.PixelData);
            data.setValues(pixels.words());
            list.put(data);
        }
    }

    private static void palette(AttributeList list, AttributeTag descriptor, AttributeTag data, int shift)
            throws DicomException {
        Attribute d = new UnsignedShortAttribute(descriptor);
        d.addValue(Palette.SIZE);
        d.addValue(0);
        d.addValue(16);
        list.put(d);
        Attribute lut = new OtherWordAttribute(data);
        lut.setValues(Palette.lut16(shift));
        list.put(lut);
    }

    private static void us(AttributeList list, AttributeTag tag, int value) throws DicomException {
        Attribute a = new UnsignedShortAttribute(tag);
        a.addValue(value);
        list.put(a);
    }
}
