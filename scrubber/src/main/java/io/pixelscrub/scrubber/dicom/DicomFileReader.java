package io.pixelscrub.scrubber.dicom;

import io.pixelscrub.scrubber.output.PrivateTemp;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.limit.FileBudget;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a DICOM file: PixelMed parses the header and stops at the top-level Pixel Data element, whose position is kept
 * so that frames are read lazily and untouched pixel data can be copied byte for byte.
 */
public final class DicomFileReader {

    private DicomFileReader() {
    }

    public static DicomInput open(Path file) throws InvalidDicomException, IOException {
        checkLooksLikeDicom(file);
        DicomStructure.check(file);
        AttributeList header = new AttributeList();
        long[] pixelTagEnd = {-1};
        String ts;
        try (DicomInputStream in = new DicomInputStream(file.toFile())) {
            header.read(in, (list, tag, byteOffset) -> {
                if (list == header && tag.equals(TagFromName.PixelData)) {
                    pixelTagEnd[0] = byteOffset;
                    return true;
                }
                return false;
            });
            // The meta header names how pixels are encoded; the stream only knows how the dataset is encoded.
            String declared = com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(header, TagFromName.TransferSyntaxUID).trim();
            ts = declared.isEmpty() ? in.getTransferSyntaxToReadDataSet().getUID() : declared;
        } catch (DicomException | RuntimeException e) {
            throw new InvalidDicomException("unreadable DICOM header (" + e.getClass().getSimpleName() + ")", e);
        } catch (IOException e) {
            throw new InvalidDicomException("truncated or unreadable file (" + e.getClass().getSimpleName() + ")", e);
        }
        if (!TransferSyntaxes.isKnown(ts)) {
            throw new InvalidDicomException("unsupported transfer syntax " + ts);
        }
        if (TransferSyntaxes.DEFLATED_LE.equals(ts)) {
            return openDeflated(file, pixelTagEnd[0] >= 0);
        }
        return locate(file, file, header, ts, pixelTagEnd[0]);
    }

    private static DicomInput locate(Path source, Path pixelFile, AttributeList header, String ts, long pixelTagEnd)
            throws InvalidDicomException, IOException {
        if (pixelTagEnd < 0) {
            refuseImageWithoutPixelData(header);
            return new DicomInput(source, pixelFile, header, ts, null, null, null);
        }
        PixelModule module = PixelModule.of(header);
        FileBudget.current().checkPixels(module.rows(), module.columns(), module.frames());
        long elementOffset = pixelTagEnd - 4;
        boolean bigEndian = TransferSyntaxes.EXPLICIT_BE.equals(ts);
        boolean implicit = TransferSyntaxes.IMPLICIT_LE.equals(ts);
        try (RandomAccessFile raf = new RandomAccessFile(pixelFile.toFile(), "r")) {
            long size = raf.length();
            if (pixelTagEnd + 8 > size) {
                throw new InvalidDicomException("truncated file: pixel data element is cut off");
            }
            raf.seek(pixelTagEnd);
            byte[] b = new byte[8];
            raf.readFully(b);
            String vr;
            long length;
            long valueOffset;
            if (implicit) {
                vr = module.bitsAllocated() > 8 ? "OW" : "OB";
                length = u32(b, 0, false);
                valueOffset = pixelTagEnd + 4;
            } else {
                vr = new String(b, 0, 2, java.nio.charset.StandardCharsets.US_ASCII);
                length = u32(b, 4, bigEndian);
                valueOffset = pixelTagEnd + 8;
            }
            if (length == 0xFFFFFFFFL) {
                if (!TransferSyntaxes.isEncapsulated(ts)) {
                    throw new InvalidDicomException("undefined-length pixel data in an uncompressed transfer syntax");
                }
                EncapsulatedPixelData enc = EncapsulatedPixelData.parse(pixelFile, valueOffset, module.frames(), ts);
                CodestreamSize.check(enc, module, ts);
                PixelDataLocation loc = new PixelDataLocation(elementOffset, valueOffset, enc.valueEnd(), vr, true);
                return new DicomInput(source, pixelFile, header, ts, module, loc, enc);
            }
            if (TransferSyntaxes.isEncapsulated(ts)) {
                throw new InvalidDicomException("compressed transfer syntax but pixel data is not encapsulated");
            }
            if (valueOffset + length > size) {
                throw new InvalidDicomException("truncated file: pixel data has " + (size - valueOffset) + " of "
                        + length + " bytes");
            }
            if (length < module.bytesAllFrames()) {
                throw new InvalidDicomException("pixel data is shorter (" + length + " bytes) than the image needs ("
                        + module.bytesAllFrames() + ")");
            }
            // Bytes beyond what Rows, Columns, BitsAllocated and NumberOfFrames describe would never be looked at, yet
            // would be copied to the output: a header that understates the image is refused (one pad byte is allowed).
            if (length > module.bytesAllFrames() + 1) {
                throw new InvalidDicomException("pixel data is longer (" + length + " bytes) than the image attributes "
                        + "describe (" + module.bytesAllFrames() + "): Rows, Columns, BitsAllocated or NumberOfFrames is wrong");
            }
            PixelDataLocation loc = new PixelDataLocation(elementOffset, valueOffset, valueOffset + length, vr, false);
            return new DicomInput(source, pixelFile, header, ts, module, loc, null);
        }
    }

    /**
     * A header that describes an image (Rows, Columns) but has no Pixel Data was cut short or stripped, or keeps its
     * pixels where pixelscrub does not look (Float Pixel Data): nothing in it can be checked, so it is never released.
     */
    private static void refuseImageWithoutPixelData(AttributeList header) throws InvalidDicomException {
        for (com.pixelmed.dicom.AttributeTag t : new com.pixelmed.dicom.AttributeTag[] {TagFromName.FloatPixelData,
                TagFromName.DoubleFloatPixelData}) {
            if (header.get(t) != null) {
                throw new InvalidDicomException("float pixel data " + t + " cannot be checked for burned-in text");
            }
        }
        int rows = com.pixelmed.dicom.Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Rows, 0);
        int columns = com.pixelmed.dicom.Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Columns, 0);
        if (rows > 0 || columns > 0) {
            throw new InvalidDicomException("no Pixel Data, although the header describes a " + columns + "x" + rows
                    + " image: truncated or stripped file");
        }
    }

    /** Deflate compresses the whole dataset: inflate it to an explicit-VR little-endian temp file and locate pixels there. */
    private static DicomInput openDeflated(Path file, boolean hasPixelData) throws InvalidDicomException, IOException {
        Path inflated = PrivateTemp.file("pixelscrub-inflated-", ".dcm");
        try {
            AttributeList full = new AttributeList();
            full.setDecompressPixelData(false);
            full.read(file.toFile());
            // PixelMed logs and drops an element whose value the stream cut short instead of throwing: a truncated
            // deflated file would otherwise come back as an image without pixel data.
            if (hasPixelData && full.get(TagFromName.PixelData) == null) {
                throw new InvalidDicomException("truncated file: deflated data set ends inside the pixel data");
            }
            full.remove(TagFromName.DataSetTrailingPadding);
            com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(full, TransferSyntaxes.EXPLICIT_LE, "PIXELSCRUB");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(inflated))) {
                full.write(out, TransferSyntaxes.EXPLICIT_LE, true, true);
            }
            DicomInput plain = open(inflated);
            AttributeList header = plain.header();
            // Keep the source's transfer syntax: the writer puts deflate back on.
            DicomInput in = new DicomInput(file, inflated, header, TransferSyntaxes.DEFLATED_LE, plain.module().orElse(null),
                    plain.location(), plain.encapsulated().orElse(null));
            in.deleteOnClose(inflated);
            return in;
        } catch (DicomException | RuntimeException e) {
            Files.deleteIfExists(inflated);
            throw new InvalidDicomException("unreadable deflated DICOM (" + e.getClass().getSimpleName() + ")", e);
        } catch (IOException | InvalidDicomException e) {
            Files.deleteIfExists(inflated);
            throw e;
        }
    }

    /** PixelMed will parse almost anything as implicit VR: insist on a preamble or a plausible first element. */
    private static void checkLooksLikeDicom(Path file) throws InvalidDicomException, IOException {
        long size = Files.size(file);
        if (size < 12) {
            throw new InvalidDicomException("not a DICOM file (" + size + " bytes)");
        }
        byte[] head = new byte[(int) Math.min(132, size)];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int n = in.readNBytes(head, 0, head.length);
            if (n >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
                return;
            }
        }
        if (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new InvalidDicomException("not a DICOM file (zip archive: unpack it and scrub its contents)");
        }
        int groupLE = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int groupBE = (head[1] & 0xFF) | (head[0] & 0xFF) << 8;
        boolean plausible = (groupLE >= 0x0002 && groupLE <= 0x0010) || (groupBE >= 0x0002 && groupBE <= 0x0010);
        if (!plausible) {
            throw new InvalidDicomException("not a DICOM file (no DICM preamble and no DICOM element at the start)");
        }
    }

    private static long u32(byte[] b, int off, boolean bigEndian) {
        if (bigEndian) {
            return (b[off] & 0xFFL) << 24 | (b[off + 1] & 0xFFL) << 16 | (b[off + 2] & 0xFFL) << 8 | (b[off + 3] & 0xFFL);
        }
        return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8 | (b[off + 2] & 0xFFL) << 16 | (b[off + 3] & 0xFFL) << 24;
    }
}
