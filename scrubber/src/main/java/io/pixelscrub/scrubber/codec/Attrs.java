package io.pixelscrub.scrubber.codec;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.UnsignedShortAttribute;

/** Small helpers to put single-valued attributes into a PixelMed list. */
public final class Attrs {

    private Attrs() {
    }

    public static void put(AttributeList l, AttributeTag tag, String vr, String value) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(tag, vr.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        a.addValue(value);
        l.put(a);
    }

    public static void putUS(AttributeList l, AttributeTag tag, int value) throws DicomException {
        Attribute a = new UnsignedShortAttribute(tag);
        a.addValue(value);
        l.put(a);
    }
}
