package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;

/** Small helpers to replace an attribute's value by a fresh attribute of the same tag and VR. */
final class AttributeEdits {

    private AttributeEdits() { }

    static boolean isSequence(Attribute a) {
        return a instanceof SequenceAttribute;
    }

    static boolean isEmpty(Attribute a) {
        if (a instanceof SequenceAttribute s) {
            return s.getNumberOfItems() == 0;
        }
        return a.getVL() == 0 || a.getVM() == 0;
    }

    /** A zero-length attribute with the tag and VR of {@code a}. */
    static Attribute emptied(Attribute a) throws DicomException {
        if (a instanceof SequenceAttribute) {
            return new SequenceAttribute(a.getTag());
        }
        return AttributeFactory.newAttribute(a.getTag(), a.getVR());
    }

    /** A new attribute with the tag and VR of {@code a} holding {@code values}. */
    static Attribute withValues(Attribute a, String... values) throws DicomException {
        return withValues(a.getTag(), a.getVR(), values);
    }

    static Attribute withValues(AttributeTag tag, byte[] vr, String... values) throws DicomException {
        Attribute n = AttributeFactory.newAttribute(tag, vr);
        for (String v : values) {
            n.addValue(v);
        }
        return n;
    }

    /** The value(s) as one string, for comparisons only; never log the result. */
    static String valueText(Attribute a) {
        return a.getDelimitedStringValuesOrEmptyString();
    }
}
