package io.pixelscrub.scrubber.codec;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;

/**
 * JPEG-LS in-process with CharLS: one decoder or encoder handle per frame, so threads share no native state. Decodes
 * lossless and near-lossless streams; encodes lossless only (NEAR 0). Like dcmtk's dcmcjpls (its default "raw"
 * mode), the sample precision P is BitsAllocated, so whole sample words are kept: overlay bits above BitsStored and
 * sign extensions survive exactly. Sample-interleaved for colour-by-pixel input, one scan per component for
 * colour-by-plane.
 */
final class CharLsCodec implements FrameCompressor, FrameDecompressor {
    static final CharLsCodec INSTANCE = new CharLsCodec();

    private CharLsCodec() {
    }

    static boolean available() {
        return CharLs.LIBRARY.library().isPresent();
    }

    /** What the in-process codec handles; anything else goes to dcmtk. */
    static boolean supports(PixelModule m) {
        return available() && !m.isSubsampled422();
    }

    @Override
    public byte[] decompress(byte[] codestream, PixelModule m) throws InvalidDicomException {
        if (codestream.length < 4) {
            throw new InvalidDicomException("JPEG-LS frame of " + codestream.length + " bytes");
        }
        CharLs lib = CharLs.LIBRARY.require();
        Pointer decoder = lib.charls_jpegls_decoder_create();
        if (decoder == null) {
            throw new OutOfMemoryError("CharLS could not create a decoder");
        }
        try (Memory source = new Memory(codestream.length); Memory info = new Memory(CharLs.FRAME_INFO_SIZE)) {
            source.write(0, codestream, 0, codestream.length);
            check(lib, lib.charls_jpegls_decoder_set_source_buffer(decoder, source, codestream.length));
            check(lib, lib.charls_jpegls_decoder_read_header(decoder));
            check(lib, lib.charls_jpegls_decoder_get_frame_info(decoder, info));
            int width = info.getInt(0);
            int height = info.getInt(4);
            int bits = info.getInt(8);
            int components = info.getInt(12);
            // Checked before anything is allocated for the pixels: the header, not the stream, decides the size.
            if (width != m.columns() || height != m.rows() || components != m.samplesPerPixel()) {
                throw new InvalidDicomException("JPEG-LS stream is " + width + "x" + height + "x" + components
                        + ", the header says " + m.columns() + "x" + m.rows() + "x" + m.samplesPerPixel());
            }
            if (bits > m.bitsAllocated()) {
                throw new InvalidDicomException("JPEG-LS stream has " + bits + "-bit samples, BitsAllocated is " + m.bitsAllocated());
            }
            int[] interleave = new int[1];
            check(lib, lib.charls_jpegls_decoder_get_interleave_mode(decoder, interleave));
            int sampleBytes = bits <= 8 ? 1 : 2;
            long expected = (long) width * height * components * sampleBytes;
            long[] size = new long[1];
            check(lib, lib.charls_jpegls_decoder_get_destination_size(decoder, 0, size));
            if (size[0] != expected) {
                throw new InvalidDicomException("JPEG-LS decoder wants " + size[0] + " bytes for a frame of " + expected);
            }
            try (Memory decoded = new Memory(expected)) {
                check(lib, lib.charls_jpegls_decoder_decode_to_buffer(decoder, decoded, expected, 0));
                boolean byPlane = components > 1 && interleave[0] == CharLs.INTERLEAVE_NONE;
                return fromCharLs(decoded, sampleBytes, byPlane, m);
            }
        } finally {
            lib.charls_jpegls_decoder_destroy(decoder);
        }
    }

    @Override
    public byte[] compress(byte[] frame, PixelModule m) throws InvalidDicomException {
        if (m.isSubsampled422() || frame.length != m.bytesPerFrame()) {
            throw new InvalidDicomException("JPEG-LS encoder cannot take this frame layout");
        }
        CharLs lib = CharLs.LIBRARY.require();
        boolean byPlane = m.samplesPerPixel() > 1 && m.planarConfiguration() == 1;
        Pointer encoder = lib.charls_jpegls_encoder_create();
        if (encoder == null) {
            throw new OutOfMemoryError("CharLS could not create an encoder");
        }
        try (Memory source = new Memory(frame.length); Memory info = new Memory(CharLs.FRAME_INFO_SIZE)) {
            source.write(0, frame, 0, frame.length);
            info.setInt(0, m.columns());
            info.setInt(4, m.rows());
            info.setInt(8, m.bitsAllocated());
            info.setInt(12, m.samplesPerPixel());
            check(lib, lib.charls_jpegls_encoder_set_frame_info(encoder, info));
            check(lib, lib.charls_jpegls_encoder_set_near_lossless(encoder, 0));
            check(lib, lib.charls_jpegls_encoder_set_interleave_mode(encoder,
                    m.samplesPerPixel() > 1 && !byPlane ? CharLs.INTERLEAVE_SAMPLE : CharLs.INTERLEAVE_NONE));
            long[] size = new long[1];
            check(lib, lib.charls_jpegls_encoder_get_estimated_destination_size(encoder, size));
            if (size[0] <= 0 || size[0] > Integer.MAX_VALUE - 16) {
                throw new InvalidDicomException("JPEG-LS encoder estimates " + size[0] + " bytes");
            }
            try (Memory out = new Memory(size[0])) {
                check(lib, lib.charls_jpegls_encoder_set_destination_buffer(encoder, out, size[0]));
                check(lib, lib.charls_jpegls_encoder_encode_from_buffer(encoder, source, frame.length, 0));
                long[] written = new long[1];
                check(lib, lib.charls_jpegls_encoder_get_bytes_written(encoder, written));
                if (written[0] <= 0 || written[0] > size[0]) {
                    throw new InvalidDicomException("JPEG-LS encoder reports " + written[0] + " bytes written");
                }
                return out.getByteArray(0, (int) written[0]);
            }
        } finally {
            lib.charls_jpegls_encoder_destroy(encoder);
        }
    }

    /**
     * CharLS's samples (1 or 2 bytes, by pixel or by plane) as the module's colour-by-pixel words. Values are copied as
     * they are, zero-extended: no sign extension, as dcmtk's dcmdjpls does.
     */
    private static byte[] fromCharLs(Memory decoded, int sampleBytes, boolean byPlane, PixelModule m) {
        int samples = m.samplesPerFrame();
        byte[] raw = decoded.getByteArray(0, samples * sampleBytes);
        if (!byPlane && sampleBytes == m.bytesPerSample()) {
            return raw;
        }
        int spp = m.samplesPerPixel();
        int pixels = m.rows() * m.columns();
        int outBytes = m.bytesPerSample();
        byte[] out = new byte[samples * outBytes];
        for (int i = 0; i < samples; i++) {
            int from = byPlane ? (i % spp) * pixels + i / spp : i;
            int v = sampleBytes == 2 ? (raw[2 * from] & 0xFF) | (raw[2 * from + 1] & 0xFF) << 8 : raw[from] & 0xFF;
            out[i * outBytes] = (byte) v;
            if (outBytes == 2) {
                out[i * outBytes + 1] = (byte) (v >> 8);
            }
        }
        return out;
    }

    private static void check(CharLs lib, int error) throws InvalidDicomException {
        if (error != 0) {
            throw new InvalidDicomException("JPEG-LS: " + lib.charls_get_error_message(error) + " (CharLS error " + error + ")");
        }
    }
}
