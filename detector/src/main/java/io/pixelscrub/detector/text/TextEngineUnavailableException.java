package io.pixelscrub.detector.text;

/**
 * A native part of the text engine (ONNX Runtime, Tesseract) could not be loaded or initialised. The message is one
 * line, fit for a quarantine reason; it never carries image content.
 */
public final class TextEngineUnavailableException extends RuntimeException {

    public TextEngineUnavailableException(String message, Throwable cause) {
        super(oneLine(message, cause), cause);
    }

    private static String oneLine(String message, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return (message + detail).replaceAll("\\s+", " ").trim();
    }
}
