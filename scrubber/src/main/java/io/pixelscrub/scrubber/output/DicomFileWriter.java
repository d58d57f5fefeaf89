package io.pixelscrub.scrubber.output;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomOutputStream;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a Part 10 file: PixelMed writes the meta header and the dataset up to Pixel Data, then the Pixel Data
 * element is streamed from a byte range (so long cines are never held in memory). Atomic: temp file, then rename.
 */
public final class DicomFileWriter {
    public static final String IMPLEMENTATION_TITLE = "PIXELSCRUB";

    private DicomFileWriter() {
    }

    /** Opens the stream a file's bytes go to; tests put one that fails part-way (a full disk) in its place. */
    @FunctionalInterface
    interface StreamOpener {
        OutputStream open(Path file) throws IOException;
    }

    /** @param pixels the Pixel Data value, or null for a file without pixel data */
    public static void write(AttributeList header, String transferSyntax, PixelDataPayload pixels, Path target)
            throws IOException, DicomException {
        write(header, transferSyntax, pixels, target, Files::newOutputStream);
    }

    /** As above, the output's bytes going through {@code opener}; a write that fails (ENOSPC) leaves no temp file. */
    static void write(AttributeList header, String transferSyntax, PixelDataPayload pixels, Path target, StreamOpener opener)
            throws IOException, DicomException {
        AtomicFile.<DicomException>write(target, temp -> {
            if (TransferSyntaxes.DEFLATED_LE.equals(transferSyntax)) {
                writeDeflated(header, pixels, temp);
            } else {
                writePlain(header, transferSyntax, pixels, temp, opener);
            }
        });
    }

    private static void writePlain(AttributeList header, String ts, PixelDataPayload pixels, Path file, StreamOpener opener)
            throws IOException, DicomException {
        header.remove(TagFromName.PixelData);
        header.remove(TagFromName.DataSetTrailingPadding);
        FileMetaInformation.addFileMetaInformation(header, ts, IMPLEMENTATION_TITLE);
        try (OutputStream raw = new BufferedOutputStream(opener.open(file), 1 << 16)) {
            DicomOutputStream dos = new DicomOutputStream(raw, TransferSyntaxes.EXPLICIT_LE, ts);
            header.write(dos);
            if (pixels != null) {
                writePixelElement(dos, ts, pixels);
            }
            dos.flush();
        }
    }

    private static void writePixelElement(DicomOutputStream dos, String ts, PixelDataPayload p) throws IOException {
        dos.writeUnsigned16(0x7FE0);
        dos.writeUnsigned16(0x0010);
        // Values have even length: an odd native payload (8-bit, odd rows x columns) gets one pad byte, counted here.
        long length = p.encapsulated() ? 0xFFFFFFFFL : (p.length() + 1) & ~1L;
        if (TransferSyntaxes.IMPLICIT_LE.equals(ts)) {
            dos.writeUnsigned32(length);
        } else {
            dos.write(p.vr().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            dos.writeUnsigned16(0);
            dos.writeUnsigned32(length);
        }
        copyRange(p, dos);
        if (!p.encapsulated() && (p.length() & 1) == 1) {
            dos.write(0);
        }
    }

    private static void copyRange(PixelDataPayload p, OutputStream out) throws IOException {
        try (FileChannel ch = FileChannel.open(p.file(), StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long pos = p.from();
            while (pos < p.to()) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), p.to() - pos));
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new IOException("pixel data source ended early");
                }
                out.write(buf.array(), 0, n);
                pos += n;
            }
        }
    }

    /** Deflate compresses the whole dataset, so write explicit little endian first and let PixelMed deflate it. */
    private static void writeDeflated(AttributeList header, PixelDataPayload pixels, Path file) throws IOException, DicomException {
        Path plain = PrivateTemp.file("pixelscrub-plain-", ".dcm");
        try {
            writePlain(header, TransferSyntaxes.EXPLICIT_LE, pixels, plain, Files::newOutputStream);
            AttributeList full = new AttributeList();
            full.setDecompressPixelData(false);
            full.read(plain.toFile());
            FileMetaInformation.addFileMetaInformation(full, TransferSyntaxes.DEFLATED_LE, IMPLEMENTATION_TITLE);
            full.write(file.toFile(), TransferSyntaxes.DEFLATED_LE, true, true);
        } finally {
            Files.deleteIfExists(plain);
        }
    }
}
