package io.pixelscrub.scrubber.output;

import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Recognises a write that failed because the disk (or the user's quota) is full. Java reports ENOSPC and EDQUOT only
 * as an IOException whose message is the operating system's text, so the text is what is matched.
 */
public final class OutOfSpace {

    /** The one line a file that could not be written for lack of space gets. */
    public static final String REASON = "no space left on device while writing its output: nothing written for it";

    private OutOfSpace() {
    }

    /** True when {@code t}, or an exception that caused it, says the disk or quota is full. */
    public static boolean is(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String text = c instanceof FileSystemException f && f.getReason() != null ? f.getReason() : c.getMessage();
            if (text != null) {
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
                    return true;
                }
            }
        }
        return false;
    }
}
