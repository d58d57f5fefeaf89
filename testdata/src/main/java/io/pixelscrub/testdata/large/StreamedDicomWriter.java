package io.pixelscrub.testdata.large;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an explicit-VR little-endian file whose Pixel Data is streamed frame by frame: PixelMed writes the header,
 * then the Pixel Data element follows as bytes. A 1,000-frame cine or a 5000x4000 16-bit image is generated with one
 * frame in memory, not the whole value.
 */
final class StreamedDicomWriter {

    /** Produces frame {@code index} (native little-endian layout). */
    @FunctionalInterface
    interface Frames {
        byte[] frame(int index);
    }

    private StreamedDicomWriter() {
    }

    /** {@code header} must describe the pixels (Rows, Columns, NumberOfFrames...) and must not hold Pixel Data. */
    static void write(AttributeList header, int frames, long bytesPerFrame, boolean words, Frames source, Path out)
            throws IOException {
        long length = bytesPerFrame * frames;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            FileMetaInformation.addFileMetaInformation(header, TransferSyntax.ExplicitVRLittleEndian, "PIXSCRUBBIG");
            header.write(head, TransferSyntax.ExplicitVRLittleEndian, true, true);
            o.write(head.toByteArray());
            long padded = length + (length & 1);
            if (padded > 0xFFFFFFFEL) {
                throw new IOException("Pixel Data of " + padded + " bytes does not fit a defined length");
            }
            o.write(new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', (byte) (words ? 'W' : 'B'), 0, 0,
                (byte) padded, (byte) (padded >> 8), (byte) (padded >> 16), (byte) (padded >> 24)});
            for (int i = 0; i < frames; i++) {
                byte[] f = source.frame(i);
                if (f.length != bytesPerFrame) {
                    throw new IllegalStateException("frame " + i + " has " + f.length + " bytes, " + bytesPerFrame + " expected");
                }
                o.write(f);
            }
            if ((length & 1) == 1) {
                o.write(0);
            }
        } catch (DicomException e) {
            throw new IOException("cannot write the header of " + out.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
