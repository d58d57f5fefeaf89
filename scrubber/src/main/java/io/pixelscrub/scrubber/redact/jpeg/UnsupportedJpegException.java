package io.pixelscrub.scrubber.redact.jpeg;

/** A valid JPEG stream that block redaction cannot rewrite (progressive, arithmetic, 12-bit, DNL ...). */
public final class UnsupportedJpegException extends Exception {
    public UnsupportedJpegException(String message) {
        super(message);
    }
}
