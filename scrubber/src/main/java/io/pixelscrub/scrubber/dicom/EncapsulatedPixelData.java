package io.pixelscrub.scrubber.dicom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The item structure of encapsulated Pixel Data (PS3.5 A.4): basic offset table, fragments, and which fragments make
 * up which frame. Only offsets are kept, so a long compressed cine costs no memory until a frame is read.
 */
public final class EncapsulatedPixelData {
    private static final int ITEM = 0xE000FFFE;            // (FFFE,E000) read as a little-endian int
    private static final int SEQUENCE_DELIMITER = 0xE0DDFFFE;

    private final Path file;
    private final long[] basicOffsets;
    private final List<Fragment> fragments;
    private final List<List<Fragment>> frames;
    private final long valueEnd;

    private EncapsulatedPixelData(Path file, long[] basicOffsets, List<Fragment> fragments, List<List<Fragment>> frames, long valueEnd) {
        this.file = file;
        this.basicOffsets = basicOffsets;
        this.fragments = fragments;
        this.frames = frames;
        this.valueEnd = valueEnd;
    }

    /**
     * Parses the items starting at the value of an undefined-length Pixel Data element.
     *
     * @param expectedFrames NumberOfFrames from the header
     * @param transferSyntax used to find frame starts when fragments and frames do not line up
     */
    public static EncapsulatedPixelData parse(Path file, long valueOffset, int expectedFrames, String transferSyntax)
            throws IOException, InvalidDicomException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = valueOffset;
            long[] bot = null;
            List<Fragment> fragments = new ArrayList<>();
            long firstFragmentItem = -1;
            while (true) {
                if (pos + 8 > size) {
                    throw new InvalidDicomException("truncated file: encapsulated pixel data ends without a sequence delimiter");
                }
                ByteBuffer head = read(ch, pos, 8);
                int tag = head.getInt();
                long length = Integer.toUnsignedLong(head.getInt());
                if (tag == SEQUENCE_DELIMITER) {
                    pos += 8;
                    break;
                }
                if (tag != ITEM) {
                    throw new InvalidDicomException(String.format("corrupt encapsulated pixel data: expected an item tag at byte %d", pos));
                }
                if (length == 0xFFFFFFFFL || pos + 8 + length > size) {
                    throw new InvalidDicomException("truncated file: a pixel data fragment runs past the end of the file");
                }
                if (bot == null) {
                    bot = readOffsets(ch, pos + 8, (int) length);
                } else {
                    if (firstFragmentItem < 0) {
                        firstFragmentItem = pos;
                    }
                    fragments.add(new Fragment(pos + 8, (int) length));
                }
                pos += 8 + length;
            }
            if (fragments.isEmpty()) {
                throw new InvalidDicomException("encapsulated pixel data holds no fragments");
            }
            List<List<Fragment>> frames = groupIntoFrames(ch, bot, fragments, firstFragmentItem, expectedFrames, transferSyntax);
            return new EncapsulatedPixelData(file, bot, List.copyOf(fragments), frames, pos);
        }
    }

    private static long[] readOffsets(FileChannel ch, long offset, int length) throws IOException {
        ByteBuffer b = read(ch, offset, length);
        long[] offsets = new long[length / 4];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = Integer.toUnsignedLong(b.getInt());
        }
        return offsets;
    }

    private static List<List<Fragment>> groupIntoFrames(FileChannel ch, long[] bot, List<Fragment> fragments, long firstItem,
                                                        int expectedFrames, String ts) throws IOException, InvalidDicomException {
        List<List<Fragment>> frames = new ArrayList<>();
        if (expectedFrames == 1) {
            // One frame may span fragments, but RLE keeps a frame in one fragment and every codec stream opens with a
            // start marker: several frames where the header says one would leave all but the first unchecked.
            // (JPEG 2000 is left out: its code-stream may hold the bytes of its start marker anywhere.)
            long starts = TransferSyntaxes.RLE.equals(ts) ? fragments.size()
                    : TransferSyntaxes.isJpeg2000(ts) ? 1 : fragments.stream().filter(f -> startsFrameQuietly(ch, f, ts)).count();
            if (starts > 1) {
                throw new InvalidDicomException("NumberOfFrames says 1, but the pixel data holds " + starts
                        + " compressed frames: not every frame could be checked");
            }
            frames.add(List.copyOf(fragments));
            return frames;
        }
        if (fragments.size() == expectedFrames) {
            for (Fragment f : fragments) {
                frames.add(List.of(f));
            }
            return frames;
        }
        if (bot.length == expectedFrames) {
            // Offsets count from the first byte of the first fragment's item tag.
            int next = 0;
            for (int i = 0; i < bot.length; i++) {
                long start = firstItem + bot[i];
                long end = i + 1 < bot.length ? firstItem + bot[i + 1] : Long.MAX_VALUE;
                List<Fragment> frame = new ArrayList<>();
                while (next < fragments.size() && fragments.get(next).offset() - 8 >= start && fragments.get(next).offset() - 8 < end) {
                    frame.add(fragments.get(next++));
                }
                if (frame.isEmpty()) {
                    throw new InvalidDicomException("basic offset table does not match the fragments");
                }
                frames.add(frame);
            }
            return frames;
        }
        // No usable table: a frame starts at a fragment that opens with the codec's start marker.
        List<Fragment> current = null;
        for (Fragment f : fragments) {
            if (current == null || startsFrame(ch, f, ts)) {
                current = new ArrayList<>();
                frames.add(current);
            }
            current.add(f);
        }
        if (frames.size() != expectedFrames) {
            throw new InvalidDicomException("cannot split " + fragments.size() + " fragments into " + expectedFrames + " frames");
        }
        return frames;
    }

    private static boolean startsFrameQuietly(FileChannel ch, Fragment f, String ts) {
        try {
            return startsFrame(ch, f, ts);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsFrame(FileChannel ch, Fragment f, String ts) throws IOException {
        if (f.length() < 2) {
            return false;
        }
        ByteBuffer b = read(ch, f.offset(), 2).order(ByteOrder.BIG_ENDIAN);
        int marker = b.getShort() & 0xFFFF;
        if (TransferSyntaxes.isJpeg2000(ts)) {
            return marker == 0xFF4F || marker == 0x0000; // J2K codestream (SOC) or a JP2 box
        }
        return marker == 0xFFD8; // JPEG and JPEG-LS SOI
    }

    private static ByteBuffer read(FileChannel ch, long offset, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, offset + b.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
        b.flip();
        return b;
    }

    public int frameCount() { return frames.size(); }

    public List<Fragment> fragments() { return fragments; }

    public List<Fragment> fragmentsOfFrame(int frame) { return frames.get(frame); }

    public long[] basicOffsets() { return basicOffsets.clone(); }

    /** File offset just past the sequence delimitation item. */
    public long valueEnd() { return valueEnd; }

    /** The first bytes (at most {@code max}) of a frame's first fragment: enough for its codec header. */
    public byte[] readHead(int frame, int max) throws IOException {
        Fragment f = frames.get(frame).get(0);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = read(ch, f.offset(), Math.min(f.length(), max));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        }
    }

    /** The compressed bytes of one frame (its fragments joined). */
    public byte[] readFrame(int frame) throws IOException {
        List<Fragment> parts = frames.get(frame);
        long total = 0;
        for (Fragment f : parts) {
            total += f.length();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IOException("compressed frame too large");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (Fragment f : parts) {
                out.put(read(ch, f.offset(), f.length()));
            }
        }
        return out.array();
    }
}
