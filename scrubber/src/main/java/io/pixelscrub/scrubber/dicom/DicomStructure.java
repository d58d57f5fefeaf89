package io.pixelscrub.scrubber.dicom;

import io.pixelscrub.scrubber.output.PrivateTemp;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks every element of a file by its declared lengths, before PixelMed parses it. PixelMed logs a value cut short by
 * the end of the file and goes on without it, so a file truncated inside its header would come back as a complete
 * image without pixel data; and a huge declared length would make it allocate that much. Here an element whose value
 * runs past the end of the file (or of the sequence or item that holds it), or a sequence without its delimiter, is
 * refused with the element's tag and byte offset: never a value. A deflated data set is inflated to a temporary file
 * and walked there.
 */
public final class DicomStructure {

    /** Deeper nesting than this is refused: no real data set comes close, and a hostile one could exhaust the stack. */
    static final int MAX_DEPTH = 64;

    /** A deflated data set that inflates past this is refused (a small hostile file could otherwise fill the disk). */
    static final long MAX_INFLATED = 4L << 30;

    private static final int UNDEFINED = -1;
    private static final Set<String> VRS = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT",
            "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN",
            "UR", "US", "UT", "UV");
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UN", "UR", "UT", "SV", "UV");

    private final Bytes bytes;

    private DicomStructure(Bytes bytes) {
        this.bytes = bytes;
    }

    /** How a data set is encoded. */
    private record Encoding(boolean explicit, boolean bigEndian) {
        static final Encoding IMPLICIT_LE = new Encoding(false, false);
    }

    /** One element header: where its value starts and how long it is ({@link #UNDEFINED} for undefined length). */
    private record Header(int group, int element, String vr, long valueOffset, long length) {
        String tag() {
            return String.format("(%04X,%04X)", group, element);
        }
    }

    public static void check(Path file) throws InvalidDicomException, IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            new DicomStructure(new Bytes(ch)).walkFile();
        }
    }

    private void walkFile() throws InvalidDicomException, IOException {
        long size = bytes.size();
        long pos = size >= 132 && "DICM".equals(bytes.ascii(128, 4)) ? 132 : 0;
        String ts = null;
        while (pos + 8 <= size && bytes.u16(pos, false) == 0x0002) {
            Header h = header(pos, new Encoding(looksExplicit(pos), false), size);
            if (h.length() == UNDEFINED) {
                throw corrupt("file meta element " + h.tag() + " has undefined length", h.valueOffset());
            }
            if (h.valueOffset() + h.length() > size) {
                throw truncated("file meta element " + h.tag() + " declares " + h.length() + " bytes, only "
                        + (size - h.valueOffset()) + " remain", h.valueOffset());
            }
            if (h.element() == 0x0010) {
                ts = bytes.ascii(h.valueOffset(), (int) Math.min(h.length(), 64)).replace('\0', ' ').trim();
            }
            pos = h.valueOffset() + h.length();
        }
        if (pos >= size) {
            return; // nothing after the meta header: the reader says so
        }
        if (TransferSyntaxes.DEFLATED_LE.equals(ts)) {
            checkDeflated(pos);
            return;
        }
        // The data set's own first element decides explicit or implicit, as PixelMed's reader does for odd files.
        boolean explicit = looksExplicit(pos);
        Encoding enc = new Encoding(explicit, explicit && TransferSyntaxes.EXPLICIT_BE.equals(ts));
        walkItems(pos, size, enc, 0, false);
    }

    /**
     * A deflated data set: the deflate stream must end properly (PixelMed stops quietly where a cut stream ends, after
     * the last whole element, which looks like a complete header) and the inflated elements must fit, as above.
     */
    private void checkDeflated(long pos) throws InvalidDicomException, IOException {
        Path inflated = PrivateTemp.file("pixelscrub-check-", ".inflated");
        try {
            Inflater inflater = new Inflater(true);
            try (InputStream raw = Channels.newInputStream(bytes.ch.position(pos));
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(inflated))) {
                byte[] in = new byte[1 << 16];
                byte[] buf = new byte[1 << 16];
                long total = 0;
                while (!inflater.finished()) {
                    if (inflater.needsInput()) {
                        int n = raw.read(in);
                        if (n < 0) {
                            break;
                        }
                        inflater.setInput(in, 0, n);
                    }
                    int k = inflater.inflate(buf);
                    if (k == 0 && inflater.needsDictionary()) {
                        throw corrupt("the deflated data set is not plain deflate data", pos);
                    }
                    total += k;
                    if (total > MAX_INFLATED) {
                        throw corrupt("the deflated data set inflates past " + MAX_INFLATED + " bytes", pos);
                    }
                    out.write(buf, 0, k);
                }
            } catch (DataFormatException e) {
                throw corrupt("the deflated data set is not valid deflate data", pos);
            } finally {
                inflater.end();
            }
            if (!inflater.finished()) {
                throw truncated("the deflated data set ends before its deflate stream does", bytes.size());
            }
            try (FileChannel ch = FileChannel.open(inflated, StandardOpenOption.READ)) {
                DicomStructure inner = new DicomStructure(new Bytes(ch));
                inner.walkItems(0, ch.size(), new Encoding(inner.looksExplicit(0), false), 0, false);
            }
        } finally {
            Files.deleteIfExists(inflated);
        }
    }

    /**
     * The elements of a data set or item from {@code pos}: up to {@code end}, or, inside an undefined-length item, up to
     * its item delimiter. Returns the offset just past what was walked.
     */
    private long walkItems(long pos, long end, Encoding enc, int depth, boolean untilDelimiter)
            throws InvalidDicomException, IOException {
        if (depth > MAX_DEPTH) {
            throw corrupt("sequences nested deeper than " + MAX_DEPTH, pos);
        }
        while (pos < end) {
            if (end - pos < 8) {
                throw truncated("ends inside an element header", pos);
            }
            int group = bytes.u16(pos, enc.bigEndian());
            if (group == 0xFFFE) {
                int element = bytes.u16(pos + 2, enc.bigEndian());
                if (element == 0xE00D && untilDelimiter) {
                    return pos + 8;
                }
                // A stray delimiter at the top level: PixelMed and dcmtk skip it, so does this walk.
                if (depth == 0 && (element == 0xE00D || element == 0xE0DD) && bytes.u32(pos + 4, enc.bigEndian()) == 0) {
                    pos += 8;
                    continue;
                }
                throw corrupt(String.format("unexpected item tag (FFFE,%04X)", element), pos);
            }
            Header h = header(pos, enc, end);
            pos = value(h, end, enc, depth);
        }
        if (untilDelimiter) {
            throw truncated("an item of undefined length ends without its delimiter", pos);
        }
        return pos;
    }

    /** Walks or skips one element's value; returns the offset after it. */
    private long value(Header h, long end, Encoding enc, int depth) throws InvalidDicomException, IOException {
        boolean pixelData = h.group() == 0x7FE0 && h.element() == 0x0010;
        if (h.length() == UNDEFINED) {
            if (pixelData) {
                return walkSequence(h.valueOffset(), end, enc, depth + 1, false, true);
            }
            if (enc.explicit() && !"SQ".equals(h.vr()) && !"UN".equals(h.vr())) {
                throw corrupt("element " + h.tag() + " of VR " + h.vr() + " has undefined length", h.valueOffset());
            }
            // UN of undefined length holds an implicit little-endian sequence (PS3.5 6.2.2).
            Encoding inner = "UN".equals(h.vr()) ? Encoding.IMPLICIT_LE : enc;
            return walkSequence(h.valueOffset(), end, inner, depth + 1, true, true);
        }
        long valueEnd = h.valueOffset() + h.length();
        if (valueEnd > end) {
            throw truncated("element " + h.tag() + " declares " + h.length() + " bytes, only " + (end - h.valueOffset())
                    + " remain", h.valueOffset());
        }
        if (enc.explicit() && "SQ".equals(h.vr())) {
            long after = walkSequence(h.valueOffset(), valueEnd, enc, depth + 1, true, false);
            if (after != valueEnd) {
                throw corrupt("sequence " + h.tag() + " does not fill its declared length", h.valueOffset());
            }
        }
        return valueEnd;
    }

    /**
     * Items from {@code pos}: of a defined-length sequence up to {@code end}, or up to the sequence delimiter.
     * Encapsulated pixel data items (fragments) are skipped, not walked.
     */
    private long walkSequence(long pos, long end, Encoding enc, int depth, boolean itemsAreDataSets, boolean untilDelimiter)
            throws InvalidDicomException, IOException {
        if (depth > MAX_DEPTH) {
            throw corrupt("sequences nested deeper than " + MAX_DEPTH, pos);
        }
        while (pos < end) {
            if (end - pos < 8) {
                throw truncated("ends inside an item header", pos);
            }
            int group = bytes.u16(pos, enc.bigEndian());
            int element = bytes.u16(pos + 2, enc.bigEndian());
            long length = bytes.u32(pos + 4, enc.bigEndian());
            if (group != 0xFFFE) {
                throw corrupt(String.format("expected an item, found (%04X,%04X)", group, element), pos);
            }
            if (element == 0xE0DD) {
                return pos + 8;
            }
            if (element != 0xE000) {
                throw corrupt(String.format("unexpected item tag (FFFE,%04X)", element), pos);
            }
            long content = pos + 8;
            if (length == 0xFFFFFFFFL) {
                if (!itemsAreDataSets) {
                    throw corrupt("a pixel data fragment has undefined length", pos);
                }
                pos = walkItems(content, end, enc, depth + 1, true);
            } else {
                if (content + length > end) {
                    throw truncated("an item declares " + length + " bytes, only " + (end - content) + " remain", pos);
                }
                if (itemsAreDataSets) {
                    walkItems(content, content + length, enc, depth + 1, false);
                }
                pos = content + length;
            }
        }
        if (untilDelimiter) {
            throw truncated("a sequence of undefined length ends without its delimiter", pos);
        }
        return pos; // a defined-length sequence ends with its length
    }

    private Header header(long pos, Encoding enc, long end) throws InvalidDicomException, IOException {
        if (end - pos < 8) {
            throw truncated("ends inside an element header", pos);
        }
        int group = bytes.u16(pos, enc.bigEndian());
        int element = bytes.u16(pos + 2, enc.bigEndian());
        if (!enc.explicit()) {
            long length = bytes.u32(pos + 4, enc.bigEndian());
            return new Header(group, element, null, pos + 8, length == 0xFFFFFFFFL ? UNDEFINED : length);
        }
        String vr = bytes.ascii(pos + 4, 2);
        if (!VRS.contains(vr)) {
            throw corrupt(String.format("element (%04X,%04X) has no valid value representation", group, element), pos);
        }
        if (!LONG_VRS.contains(vr)) {
            return new Header(group, element, vr, pos + 8, bytes.u16(pos + 6, enc.bigEndian()));
        }
        if (end - pos < 12) {
            throw truncated("ends inside an element header", pos);
        }
        long length = bytes.u32(pos + 8, enc.bigEndian());
        return new Header(group, element, vr, pos + 12, length == 0xFFFFFFFFL ? UNDEFINED : length);
    }

    /** Explicit VR when the two bytes after the tag are an upper-case VR (how PixelMed and dcmtk tell too). */
    private boolean looksExplicit(long pos) throws IOException {
        if (pos + 6 > bytes.size()) {
            return true;
        }
        return VRS.contains(bytes.ascii(pos + 4, 2));
    }

    private static InvalidDicomException truncated(String what, long at) {
        return new InvalidDicomException("truncated or corrupt file: " + what + " (at byte " + at + ")");
    }

    private static InvalidDicomException corrupt(String what, long at) {
        return new InvalidDicomException("corrupt DICOM structure: " + what + " (at byte " + at + ")");
    }

    /** Reads through a window, so walking a header costs a few reads and skipping pixel data none. */
    private static final class Bytes {
        private static final int WINDOW = 1 << 16;
        private final FileChannel ch;
        private final long size;
        private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
        private long windowStart = -1;
        private int windowLength;

        Bytes(FileChannel ch) throws IOException {
            this.ch = ch;
            this.size = ch.size();
        }

        long size() {
            return size;
        }

        private int at(long pos) throws IOException {
            if (pos < 0 || pos >= size) {
                throw new IOException("read past the end of the file");
            }
            if (windowStart < 0 || pos < windowStart || pos >= windowStart + windowLength) {
                window.clear();
                windowStart = pos;
                windowLength = 0;
                while (window.hasRemaining() && windowStart + windowLength < size) {
                    int n = ch.read(window, windowStart + windowLength);
                    if (n < 0) {
                        break;
                    }
                    windowLength += n;
                }
            }
            return window.get((int) (pos - windowStart)) & 0xFF;
        }

        int u16(long pos, boolean bigEndian) throws IOException {
            int a = at(pos);
            int b = at(pos + 1);
            return bigEndian ? a << 8 | b : b << 8 | a;
        }

        long u32(long pos, boolean bigEndian) throws IOException {
            long lo = u16(pos, bigEndian);
            long hi = u16(pos + 2, bigEndian);
            return bigEndian ? lo << 16 | hi : hi << 16 | lo;
        }

        String ascii(long pos, int n) throws IOException {
            byte[] b = new byte[(int) Math.max(0, Math.min(n, size - pos))];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) at(pos + i);
            }
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }
}
