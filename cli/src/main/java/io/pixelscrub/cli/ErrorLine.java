package io.pixelscrub.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pixelscrub.detector.text.TextEngineUnavailableException;
import io.pixelscrub.models.template.TemplateParseException;
import io.pixelscrub.scrubber.store.OriginalsCipher;
import io.pixelscrub.scrubber.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What a failed command says: one line (without the "pixelscrub: " prefix) and its exit code. Problems with what the
 * user gave, the files named, the environment or the store exit 2, the usage-error code; anything else is a bug in
 * pixelscrub and exits {@link #INTERNAL} with the exception's class and place only, since its message could quote
 * data read from a file.
 */
record ErrorLine(String message, int exitCode) {

    static final int USAGE = 2;
    static final int INTERNAL = 3;

    static ErrorLine of(Throwable t) {
        if (t instanceof UncheckedIOException u && u.getCause() != null) {
            return of(u.getCause());
        }
        if (t instanceof UserInputException) {
            return usage(t.getMessage());
        }
        if (t instanceof TextEngineUnavailableException) {
            return usage("text detection is unavailable (" + t.getMessage()
                    + "); install it with scripts/setup.sh, or run with --detect templates,overlays");
        }
        if (t instanceof NoSuchFileException e) {
            return usage("no such file or folder: " + e.getFile());
        }
        if (t instanceof AccessDeniedException e) {
            return usage("permission denied: " + e.getFile());
        }
        if (t instanceof NotDirectoryException e) {
            return usage("not a folder: " + e.getFile());
        }
        if (t instanceof FileSystemException e) {
            return usage(e.getFile() + (e.getReason() == null ? ": cannot be used" : ": " + e.getReason()));
        }
        if (t instanceof JsonProcessingException e) {
            // Jackson's message quotes the offending text; the place is enough.
            return usage("not valid JSON (" + JsonFiles.where(e) + ")");
        }
        if (t instanceof IOException || t instanceof StoreException || t instanceof OriginalsCipher.WrongKeyException
                || t instanceof TemplateParseException) {
            return usage(t.getMessage());
        }
        return new ErrorLine("internal error: " + t.getClass().getSimpleName() + place(t)
                + "; please report it (PIXELSCRUB_DEBUG=1 prints the stack trace)", INTERNAL);
    }

    private static ErrorLine usage(String message) {
        return new ErrorLine(oneLine(message), USAGE);
    }

    /** The first frame in pixelscrub's own code: enough for a bug report without the stack trace. */
    private static String place(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("io.pixelscrub.")) {
                return " at " + e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName()
                        + ":" + e.getLineNumber();
            }
        }
        return "";
    }

    static String oneLine(String message) {
        return message == null || message.isBlank() ? "failed" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
    }
}
