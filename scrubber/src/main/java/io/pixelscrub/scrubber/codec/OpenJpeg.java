package io.pixelscrub.scrubber.codec;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of OpenJPEG 2.5's C API ({@code openjpeg.h}) that pixelscrub calls, bound to Debian's
 * {@code libopenjp2.so.7} (package libopenjp2-7). OPJ_BOOL is an int (0 false), OPJ_SIZE_T and OPJ_OFF_T are Java
 * longs (64-bit only, see {@link NativeLibrary}). The large parameter structs are handled as memory blocks of their C
 * size, filled by the library's own default setters; only the few fields set here are written, at the offsets below.
 */
interface OpenJpeg extends Library {
    NativeLibrary<OpenJpeg> LIBRARY = NativeLibrary.load("libopenjp2.so.7", "libopenjp2-7", OpenJpeg.class);

    /** OPJ_CODEC_FORMAT: a raw codestream (what DICOM encapsulates), or one wrapped in a JP2 file. */
    int CODEC_J2K = 0;
    int CODEC_JP2 = 2;
    /** OPJ_COLOR_SPACE */
    int CLRSPC_SRGB = 1;
    int CLRSPC_GRAY = 2;

    /** sizeof(opj_dparameters_t) and sizeof(opj_cparameters_t) in OpenJPEG 2.5 on LP64 (amd64, arm64), with margin. */
    int DPARAMETERS_SIZE = 8252 + 1024;
    int CPARAMETERS_SIZE = 18720 + 1024;
    /** offsetof(opj_cparameters_t, ...) in OpenJPEG 2.5, LP64. */
    int CP_DISTO_ALLOC = 20;
    int CP_TCP_NUMLAYERS = 4796;
    int CP_TCP_RATES = 4800;
    int CP_NUMRESOLUTION = 5600;
    int CP_IRREVERSIBLE = 5616;
    int CP_TCP_MCT = 18698;
    /** opj_image_t: x0, y0, x1, y1, numcomps (uint32), color_space (int), comps (pointer at 24). */
    int IMAGE_X1 = 8;
    int IMAGE_Y1 = 12;
    int IMAGE_NUMCOMPS = 16;
    int IMAGE_COMPS = 24;
    /** opj_image_comp_t: dx, dy, w, h, x0, y0, prec, bpp, sgnd, resno_decoded, factor (uint32), data (pointer at 48). */
    int COMP_SIZE = 64;
    int COMP_DX = 0;
    int COMP_DY = 4;
    int COMP_W = 8;
    int COMP_H = 12;
    int COMP_PREC = 24;
    int COMP_SGND = 32;
    int COMP_DATA = 48;
    /** opj_image_cmptparm_t: dx, dy, w, h, x0, y0, prec, bpp, sgnd (uint32). */
    int CMPTPARM_SIZE = 36;

    Pointer opj_create_decompress(int format);

    Pointer opj_create_compress(int format);

    void opj_destroy_codec(Pointer codec);

    int opj_set_error_handler(Pointer codec, MessageHandler handler, Pointer clientData);

    void opj_set_default_decoder_parameters(Pointer parameters);

    int opj_setup_decoder(Pointer codec, Pointer parameters);

    void opj_set_default_encoder_parameters(Pointer parameters);

    int opj_setup_encoder(Pointer codec, Pointer parameters, Pointer image);

    Pointer opj_stream_create(long bufferSize, int isInput);

    void opj_stream_destroy(Pointer stream);

    void opj_stream_set_read_function(Pointer stream, ReadFunction read);

    void opj_stream_set_write_function(Pointer stream, WriteFunction write);

    void opj_stream_set_skip_function(Pointer stream, SkipFunction skip);

    void opj_stream_set_seek_function(Pointer stream, SeekFunction seek);

    void opj_stream_set_user_data(Pointer stream, Pointer data, Pointer freeFunction);

    void opj_stream_set_user_data_length(Pointer stream, long length);

    int opj_read_header(Pointer stream, Pointer codec, PointerByReference image);

    int opj_decode(Pointer codec, Pointer stream, Pointer image);

    int opj_end_decompress(Pointer codec, Pointer stream);

    Pointer opj_image_create(int numberOfComponents, Pointer componentParameters, int colorSpace);

    void opj_image_destroy(Pointer image);

    int opj_start_compress(Pointer codec, Pointer image, Pointer stream);

    int opj_encode(Pointer codec, Pointer stream);

    int opj_end_compress(Pointer codec, Pointer stream);

    /** opj_msg_callback */
    interface MessageHandler extends Callback {
        void invoke(String message, Pointer clientData);
    }

    /** opj_stream_read_fn: bytes read, or (OPJ_SIZE_T) -1 at the end. */
    interface ReadFunction extends Callback {
        long invoke(Pointer buffer, long count, Pointer userData);
    }

    /** opj_stream_write_fn: bytes written. */
    interface WriteFunction extends Callback {
        long invoke(Pointer buffer, long count, Pointer userData);
    }

    /** opj_stream_skip_fn: bytes skipped, or -1. */
    interface SkipFunction extends Callback {
        long invoke(long count, Pointer userData);
    }

    /** opj_stream_seek_fn: OPJ_TRUE when the position is valid. */
    interface SeekFunction extends Callback {
        int invoke(long position, Pointer userData);
    }
}
