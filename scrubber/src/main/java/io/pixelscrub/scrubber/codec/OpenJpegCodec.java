package io.pixelscrub.scrubber.codec;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;

/**
 * JPEG 2000 in-process with OpenJPEG, from and to memory: one codec, stream and image per frame, so threads share no
 * native state. Encodes as opj_compress did with pixelscrub's arguments: reversible 5/3 wavelet, one quality layer
 * at rate 0 (lossless), precision BitsStored, the reversible colour transform (MCT) for three components, a raw
 * codestream (what DICOM encapsulates); the resolution levels (opj_compress's 6) are lowered only for images too small
 * for them, which opj_compress refused.
 */
final class OpenJpegCodec implements FrameCompressor, FrameDecompressor {
    static final OpenJpegCodec INSTANCE = new OpenJpegCodec();
    private static final int RESOLUTIONS = 6;
    private static final byte[] JP2_SIGNATURE = {0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20};

    private OpenJpegCodec() {
    }

    static boolean available() {
        return OpenJpeg.LIBRARY.library().isPresent();
    }

    /** What the in-process codec handles; anything else goes to the tools. */
    static boolean supports(PixelModule m) {
        return available() && !m.isSubsampled422();
    }

    @Override
    public byte[] decompress(byte[] codestream, PixelModule m) throws InvalidDicomException {
        if (codestream.length < 12) {
            throw new InvalidDicomException("JPEG 2000 frame of " + codestream.length + " bytes");
        }
        OpenJpeg lib = OpenJpeg.LIBRARY.require();
        Pointer codec = lib.opj_create_decompress(isJp2(codestream) ? OpenJpeg.CODEC_JP2 : OpenJpeg.CODEC_J2K);
        if (codec == null) {
            throw new OutOfMemoryError("OpenJPEG could not create a decoder");
        }
        Pointer image = null;
        try (OpenJpegSession session = OpenJpegSession.reading(lib, codestream);
             Memory parameters = new Memory(OpenJpeg.DPARAMETERS_SIZE)) {
            parameters.clear();
            lib.opj_set_default_decoder_parameters(parameters);
            lib.opj_set_error_handler(codec, OpenJpegSession.ERRORS, session.userData());
            ok(lib.opj_setup_decoder(codec, parameters), session, "decoder set-up failed");
            PointerByReference header = new PointerByReference();
            boolean read = lib.opj_read_header(session.stream(), codec, header) != 0;
            image = header.getValue();
            if (!read || image == null) {
                throw new InvalidDicomException("JPEG 2000: " + session.error("no valid codestream header"));
            }
            // Checked before the pixels are decoded (and memory is allocated for them): the DICOM header decides.
            checkGeometry(image, m);
            ok(lib.opj_decode(codec, session.stream(), image), session, "decoding failed");
            ok(lib.opj_end_decompress(codec, session.stream()), session, "decoding did not end cleanly");
            checkGeometry(image, m);
            byte[] frame = new byte[m.bytesPerFrame()];
            int[] row = new int[m.columns()];
            Pointer comps = image.getPointer(OpenJpeg.IMAGE_COMPS);
            for (int s = 0; s < m.samplesPerPixel(); s++) {
                Pointer data = comps.getPointer((long) s * OpenJpeg.COMP_SIZE + OpenJpeg.COMP_DATA);
                if (data == null) {
                    throw new InvalidDicomException("JPEG 2000: component " + s + " was not decoded");
                }
                for (int y = 0; y < m.rows(); y++) {
                    data.read((long) y * m.columns() * Integer.BYTES, row, 0, row.length);
                    SamplePlanes.putRow(frame, m, s, y, row);
                }
            }
            return frame;
        } finally {
            if (image != null) {
                lib.opj_image_destroy(image);
            }
            lib.opj_destroy_codec(codec);
        }
    }

    /** The codestream's image must be the header's: size, components, no subsampling, precision within the words. */
    private static void checkGeometry(Pointer image, PixelModule m) throws InvalidDicomException {
        int components = image.getInt(OpenJpeg.IMAGE_NUMCOMPS);
        if (components != m.samplesPerPixel()) {
            throw new InvalidDicomException("JPEG 2000 stream has " + Integer.toUnsignedString(components)
                    + " component(s), the header says " + m.samplesPerPixel());
        }
        Pointer comps = image.getPointer(OpenJpeg.IMAGE_COMPS);
        if (comps == null) {
            throw new InvalidDicomException("JPEG 2000 stream has no components");
        }
        for (int s = 0; s < components; s++) {
            long at = (long) s * OpenJpeg.COMP_SIZE;
            int w = comps.getInt(at + OpenJpeg.COMP_W);
            int h = comps.getInt(at + OpenJpeg.COMP_H);
            int prec = comps.getInt(at + OpenJpeg.COMP_PREC);
            if (comps.getInt(at + OpenJpeg.COMP_DX) != 1 || comps.getInt(at + OpenJpeg.COMP_DY) != 1
                    || w != m.columns() || h != m.rows()) {
                throw new InvalidDicomException("JPEG 2000 component " + s + " is " + Integer.toUnsignedString(w) + "x"
                        + Integer.toUnsignedString(h) + " (subsampled or another size), the header says "
                        + m.columns() + "x" + m.rows());
            }
            if (prec < 1 || prec > m.bitsAllocated()) {
                throw new InvalidDicomException("JPEG 2000 component " + s + " has " + Integer.toUnsignedString(prec)
                        + "-bit samples, BitsAllocated is " + m.bitsAllocated());
            }
        }
    }

    @Override
    public byte[] compress(byte[] frame, PixelModule m) throws InvalidDicomException {
        if (m.isSubsampled422() || frame.length != m.bytesPerFrame()) {
            throw new InvalidDicomException("JPEG 2000 encoder cannot take this frame layout");
        }
        OpenJpeg lib = OpenJpeg.LIBRARY.require();
        int spp = m.samplesPerPixel();
        Pointer image;
        try (Memory components = new Memory((long) OpenJpeg.CMPTPARM_SIZE * spp)) {
            components.clear();
            for (int s = 0; s < spp; s++) {
                long at = (long) s * OpenJpeg.CMPTPARM_SIZE;
                components.setInt(at, 1);                              // dx
                components.setInt(at + 4, 1);                          // dy
                components.setInt(at + 8, m.columns());                // w
                components.setInt(at + 12, m.rows());                  // h
                components.setInt(at + 24, m.bitsStored());            // prec
                components.setInt(at + 32, m.pixelRepresentation());   // sgnd
            }
            image = lib.opj_image_create(spp, components, spp == 3 ? OpenJpeg.CLRSPC_SRGB : OpenJpeg.CLRSPC_GRAY);
        }
        if (image == null) {
            throw new OutOfMemoryError("OpenJPEG could not create an image");
        }
        Pointer codec = null;
        try (Memory parameters = new Memory(OpenJpeg.CPARAMETERS_SIZE)) {
            image.setInt(OpenJpeg.IMAGE_X1, m.columns());
            image.setInt(OpenJpeg.IMAGE_Y1, m.rows());
            Pointer comps = image.getPointer(OpenJpeg.IMAGE_COMPS);
            int[] row = new int[m.columns()];
            for (int s = 0; s < spp; s++) {
                Pointer data = comps.getPointer((long) s * OpenJpeg.COMP_SIZE + OpenJpeg.COMP_DATA);
                for (int y = 0; y < m.rows(); y++) {
                    SamplePlanes.storedRow(frame, m, s, y, row);
                    data.write((long) y * m.columns() * Integer.BYTES, row, 0, row.length);
                }
            }
            parameters.clear();
            lib.opj_set_default_encoder_parameters(parameters);
            parameters.setInt(OpenJpeg.CP_TCP_NUMLAYERS, 1);
            parameters.setFloat(OpenJpeg.CP_TCP_RATES, 0f);
            parameters.setInt(OpenJpeg.CP_DISTO_ALLOC, 1);
            parameters.setInt(OpenJpeg.CP_IRREVERSIBLE, 0);
            parameters.setInt(OpenJpeg.CP_NUMRESOLUTION, resolutions(m));
            parameters.setByte(OpenJpeg.CP_TCP_MCT, (byte) (spp == 3 ? 1 : 0));
            codec = lib.opj_create_compress(OpenJpeg.CODEC_J2K);
            if (codec == null) {
                throw new OutOfMemoryError("OpenJPEG could not create an encoder");
            }
            try (OpenJpegSession session = OpenJpegSession.writing(lib, frame.length / 2)) {
                lib.opj_set_error_handler(codec, OpenJpegSession.ERRORS, session.userData());
                ok(lib.opj_setup_encoder(codec, parameters, image), session, "encoder set-up failed");
                ok(lib.opj_start_compress(codec, image, session.stream()), session, "encoding did not start");
                ok(lib.opj_encode(codec, session.stream()), session, "encoding failed");
                ok(lib.opj_end_compress(codec, session.stream()), session, "encoding did not end cleanly");
                return session.written();
            }
        } finally {
            if (codec != null) {
                lib.opj_destroy_codec(codec);
            }
            lib.opj_image_destroy(image);
        }
    }

    /** opj_compress's 6 levels, fewer where the smaller side has under 2^(levels-1) pixels. */
    static int resolutions(PixelModule m) {
        int side = Math.min(m.rows(), m.columns());
        int levels = RESOLUTIONS;
        while (levels > 1 && (1 << (levels - 1)) > side) {
            levels--;
        }
        return levels;
    }

    private static boolean isJp2(byte[] codestream) {
        for (int i = 0; i < JP2_SIGNATURE.length; i++) {
            if (codestream[i] != JP2_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static void ok(int result, OpenJpegSession session, String what) throws InvalidDicomException {
        if (result == 0) {
            throw new InvalidDicomException("JPEG 2000: " + session.error(what));
        }
    }
}
