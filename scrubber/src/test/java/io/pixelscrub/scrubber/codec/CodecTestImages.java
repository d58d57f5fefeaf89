package io.pixelscrub.scrubber.codec;

import com.pixelmed.dicom.DicomException;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.scrubber.output.DicomFileWriter;
import io.pixelscrub.testdata.reference.ToolRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated images for the codec tests and the codec benchmark: layouts, frames with edges and noise, files. */
final class CodecTestImages {
    static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private CodecTestImages() {
    }

    /**
     * One image layout. {@code overlayBit} >= 0 sets that bit (above BitsStored) in a block of pixels, as old devices
     * stored overlays; signed images hold negative values sign-extended into the word.
     */
    record Shape(String name, int rows, int columns, int samples, int bitsAllocated, int bitsStored, int signed,
                 int planar, int frames, int overlayBit) {

        PixelModule module() {
            return new PixelModule(rows, columns, samples, bitsAllocated, bitsStored, bitsStored - 1, signed,
                    samples == 3 ? planar : 0, samples == 3 ? "RGB" : "MONOCHROME2", frames);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Shape grey(String name, int rows, int columns, int bitsAllocated, int bitsStored, int signed, int frames) {
        return new Shape(name, rows, columns, 1, bitsAllocated, bitsStored, signed, 0, frames, -1);
    }

    static Shape rgb(String name, int rows, int columns, int bitsAllocated, int bitsStored, int planar, int frames) {
        return new Shape(name, rows, columns, 3, bitsAllocated, bitsStored, 0, planar, frames, -1);
    }

    /** 8/16-bit, signed, 1 and 3 samples, odd and tiny sizes, multi-frame. */
    static List<Shape> shapes() {
        return List.of(
                grey("grey8 17x13", 13, 17, 8, 8, 0, 1),
                grey("grey16 12-bit 61x37 3 frames", 37, 61, 16, 12, 0, 3),
                grey("grey16 signed 16-bit 33x29", 29, 33, 16, 16, 1, 1),
                grey("grey16 signed 12-bit 67x35", 35, 67, 16, 12, 1, 1),
                grey("grey16 8-bit stored 19x11", 11, 19, 16, 8, 0, 1),
                new Shape("grey16 12-bit with overlay bit 13 40x30", 30, 40, 1, 16, 12, 0, 0, 1, 13),
                grey("grey8 2x3", 2, 3, 8, 8, 0, 1),
                grey("grey16 1x1", 1, 1, 16, 16, 0, 1),
                rgb("rgb8 65x33 2 frames", 33, 65, 8, 8, 0, 2),
                rgb("rgb8 by plane 23x17", 17, 23, 8, 8, 1, 1),
                rgb("rgb16 10-bit 15x9", 9, 15, 16, 10, 0, 1));
    }

    /** Smooth ramps, sharp-edged blocks and noise over the whole stored range, the same for the same seed. */
    static List<byte[]> frames(Shape s, long seed) {
        PixelModule m = s.module();
        Random random = new Random(seed);
        int span = 1 << s.bitsStored();
        int low = s.signed() == 1 ? -(span / 2) : 0;
        List<byte[]> frames = new ArrayList<>();
        for (int f = 0; f < s.frames(); f++) {
            byte[] out = new byte[m.bytesPerFrame()];
            for (int y = 0; y < s.rows(); y++) {
                for (int x = 0; x < s.columns(); x++) {
                    for (int c = 0; c < s.samples(); c++) {
                        double ramp = (x + 2.0 * y + 7 * c + 5 * f) / (s.columns() + 2.0 * s.rows() + 20);
                        boolean block = ((x / 7) + (y / 5) + c) % 3 == 0;
                        int v = (int) (ramp * (span - 1)) + (block ? span / 3 : 0) + random.nextInt(Math.max(2, span / 16));
                        v = low + Math.floorMod(v, span);
                        if (s.overlayBit() >= 0 && x > s.columns() / 4 && x < s.columns() / 2 && y > s.rows() / 3) {
                            v |= 1 << s.overlayBit();
                        }
                        int i = s.samples() == 3 && s.planar() == 1 ? c * s.rows() * s.columns() + y * s.columns() + x
                                : (y * s.columns() + x) * s.samples() + c;
                        if (m.bytesPerSample() == 2) {
                            out[2 * i] = (byte) v;
                            out[2 * i + 1] = (byte) (v >> 8);
                        } else {
                            out[i] = (byte) v;
                        }
                    }
                }
            }
            frames.add(out);
        }
        return frames;
    }

    /** Frames held in memory, handed out as copies. */
    static FrameSource source(PixelModule m, List<byte[]> frames) {
        return new FrameSource() {
            @Override public PixelModule module() { return m; }
            @Override public int frameCount() { return frames.size(); }
            @Override public byte[] frame(int index) { return frames.get(index).clone(); }
        };
    }

    /** An explicit little-endian file of these frames. */
    static Path writeNative(Path file, PixelModule m, List<byte[]> frames) throws IOException, InvalidDicomException {
        try (EncodedPixels plain = new NativeEncoder(TransferSyntaxes.EXPLICIT_LE, false, m.bitsAllocated() > 8 ? "OW" : "OB")
                .encode(source(m, frames), (i, f) -> { })) {
            return write(file, plain);
        }
    }

    /** A file of encoded pixel data, its header made from the encoded pixel module. */
    static Path write(Path file, EncodedPixels encoded) throws IOException {
        try {
            DicomFileWriter.write(DcmtkEncoder.minimalHeader(encoded.module(), SECONDARY_CAPTURE), encoded.transferSyntax(),
                    encoded.payload(), file);
        } catch (DicomException e) {
            throw new IOException(e);
        }
        return file;
    }

    /** Runs a reference encoder (dcmcjpls, gdcmconv) from {@code in} to {@code out}. */
    static Path transcode(Path dir, Path out, String... command) throws IOException {
        ToolRunner.run(dir, List.of(command));
        return out;
    }
}
