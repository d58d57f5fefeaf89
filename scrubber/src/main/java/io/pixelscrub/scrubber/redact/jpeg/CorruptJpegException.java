package io.pixelscrub.scrubber.redact.jpeg;

/**
 * The stream breaks a rule of ISO 10918-1 that IJG libjpeg (dcmtk's decoder) also enforces or warns about. The message
 * names the structural fault only, never pixel or header content.
 */
public final class CorruptJpegException extends Exception {
    public CorruptJpegException(String message) {
        super(message);
    }
}
