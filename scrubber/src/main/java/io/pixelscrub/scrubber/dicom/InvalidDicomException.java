package io.pixelscrub.scrubber.dicom;

/** The file cannot be processed safely; the message says why in one line and never carries a header value. */
public class InvalidDicomException extends Exception {
    public InvalidDicomException(String message) {
        super(message);
    }

    public InvalidDicomException(String message, Throwable cause) {
        super(message, cause);
    }
}
