package io.pixelscrub.cli.logging;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging, which PixelMed falls back to and other libraries use, goes the same way as SLF4J: its console
 * handler is replaced by one that writes to {@link LibraryLog}.
 */
final class JulBridge extends Handler {

    private static boolean installed;

    private final SimpleFormatter formatter = new SimpleFormatter();

    static synchronized void install() {
        if (installed) {
            return;
        }
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new JulBridge());
        installed = true;
    }

    @Override
    public void publish(LogRecord r) {
        if (LibraryLog.enabled() && isLoggable(r)) {
            LibraryLog.write(r.getLevel().getName(), r.getLoggerName(), formatter.formatMessage(r), r.getThrown());
        }
    }

    @Override
    public void flush() {
        // LibraryLog flushes every line
    }

    @Override
    public void close() {
        // nothing held
    }
}
