package io.pixelscrub.cli.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that writes INFO and above to {@link LibraryLog}, and nothing when no log file was asked for. */
final class LibraryLogger extends LegacyAbstractLogger {

    LibraryLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return LibraryLog.enabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return LibraryLog.enabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return LibraryLog.enabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable thrown) {
        if (level == Level.TRACE || level == Level.DEBUG) {
            return;
        }
        LibraryLog.write(level.name(), name, MessageFormatter.arrayFormat(pattern, arguments).getMessage(), thrown);
    }
}
