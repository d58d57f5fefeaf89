package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.codec.Attrs;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.util.UUID;

/** A Part 10 file needs a SOP Class and Instance UID; an input without an instance UID gets a fresh one. */
final class InstanceIdentity {

    private InstanceIdentity() {
    }

    static void ensure(AttributeList header) throws InvalidDicomException {
        if (Attribute.getSingleStringValueOrEmptyString(header, TagFromName.SOPClassUID).isBlank()) {
            throw new InvalidDicomException("no SOP Class UID: cannot write a valid DICOM file");
        }
        if (Attribute.getSingleStringValueOrEmptyString(header, TagFromName.SOPInstanceUID).isBlank()) {
            UUID u = UUID.randomUUID();
            String uid = "2.25." + new java.math.BigInteger(1, java.nio.ByteBuffer.allocate(16)
                    .putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
            try {
                Attrs.put(header, TagFromName.SOPInstanceUID, "UI", uid);
            } catch (DicomException e) {
                throw new InvalidDicomException("cannot add a SOP Instance UID", e);
            }
        }
    }
}
