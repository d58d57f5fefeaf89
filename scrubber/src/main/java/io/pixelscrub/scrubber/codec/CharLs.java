package io.pixelscrub.scrubber.codec;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * The part of CharLS 2.4's C API ({@code charls/charls_jpegls_decoder.h}, {@code charls_jpegls_encoder.h}) that
 * pixelscrub calls, bound to Debian's {@code libcharls.so.2} (package libcharls2). size_t is a Java long (64-bit only,
 * see {@link NativeLibrary}); every function returns a charls_jpegls_errc, 0 for success.
 */
interface CharLs extends Library {
    NativeLibrary<CharLs> LIBRARY = NativeLibrary.load("libcharls.so.2", "libcharls2", CharLs.class);

    /** charls_interleave_mode */
    int INTERLEAVE_NONE = 0;
    int INTERLEAVE_SAMPLE = 2;
    /** sizeof(charls_frame_info): uint32 width, uint32 height, int32 bits_per_sample, int32 component_count. */
    int FRAME_INFO_SIZE = 16;

    Pointer charls_jpegls_decoder_create();

    void charls_jpegls_decoder_destroy(Pointer decoder);

    int charls_jpegls_decoder_set_source_buffer(Pointer decoder, Pointer source, long sourceSize);

    int charls_jpegls_decoder_read_header(Pointer decoder);

    int charls_jpegls_decoder_get_frame_info(Pointer decoder, Pointer frameInfo);

    int charls_jpegls_decoder_get_interleave_mode(Pointer decoder, int[] interleaveMode);

    int charls_jpegls_decoder_get_destination_size(Pointer decoder, int stride, long[] size);

    int charls_jpegls_decoder_decode_to_buffer(Pointer decoder, Pointer destination, long destinationSize, int stride);

    Pointer charls_jpegls_encoder_create();

    void charls_jpegls_encoder_destroy(Pointer encoder);

    int charls_jpegls_encoder_set_frame_info(Pointer encoder, Pointer frameInfo);

    int charls_jpegls_encoder_set_near_lossless(Pointer encoder, int nearLossless);

    int charls_jpegls_encoder_set_interleave_mode(Pointer encoder, int interleaveMode);

    int charls_jpegls_encoder_get_estimated_destination_size(Pointer encoder, long[] size);

    int charls_jpegls_encoder_set_destination_buffer(Pointer encoder, Pointer destination, long destinationSize);

    int charls_jpegls_encoder_encode_from_buffer(Pointer encoder, Pointer source, long sourceSize, int stride);

    int charls_jpegls_encoder_get_bytes_written(Pointer encoder, long[] bytesWritten);

    String charls_get_error_message(int error);
}
