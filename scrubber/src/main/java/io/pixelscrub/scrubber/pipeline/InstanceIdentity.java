package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.codec.Attrs;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A Part 10 file needs a SOP Class and Instance UID. An input without an instance UID gets one derived from its bytes,
 * never a random one: the run's UID mapper then remaps it like any other UID, so with a key the output UID is keyed
 * and a repeated or resumed run writes the same bytes.
 */
final class InstanceIdentity {

    private InstanceIdentity() {
    }

    static void ensure(AttributeList header, Path source) throws InvalidDicomException, IOException {
        if (Attribute.getSingleStringValueOrEmptyString(header, TagFromName.SOPClassUID).isBlank()) {
            throw new InvalidDicomException("no SOP Class UID: cannot write a valid DICOM file");
        }
        if (Attribute.getSingleStringValueOrEmptyString(header, TagFromName.SOPInstanceUID).isBlank()) {
            try {
                Attrs.put(header, TagFromName.SOPInstanceUID, "UI", fromContent(source));
            } catch (DicomException e) {
                throw new InvalidDicomException("cannot add a SOP Instance UID", e);
            }
        }
    }

    /** "2.25." and the first 128 bits of the file's SHA-256, shaped as a version-8 UUID (PS3.5 B.2, RFC 9562). */
    static String fromContent(Path source) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(source)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
            }
        }
        byte[] uuid = java.util.Arrays.copyOf(sha.digest(), 16);
        uuid[6] = (byte) ((uuid[6] & 0x0f) | 0x80);
        uuid[8] = (byte) ((uuid[8] & 0x3f) | 0x80);
        return "2.25." + new BigInteger(1, uuid);
    }
}
