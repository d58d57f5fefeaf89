package io.pixelscrub.cli.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where the libraries' log messages go (PixelMed, through SLF4J or java.util.logging): nowhere by default, so the
 * console holds only pixelscrub's own one-line messages; into a file with {@code --log FILE}. Library messages may
 * quote values read from a file, which is why they never reach the console and the file is opt-in.
 */
public final class LibraryLog {

    private static volatile PrintStream sink;

    private LibraryLog() {
    }

    /** Takes java.util.logging off the console too; called once when the command line starts. */
    public static void quietConsole() {
        JulBridge.install();
    }

    /** Whether messages are kept at all (loggers skip formatting when not). */
    static boolean enabled() {
        return sink != null;
    }

    /** Sends library messages to {@code file} (appended) until the returned handle is closed. */
    public static AutoCloseable toFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        sink = stream;
        return () -> {
            synchronized (LibraryLog.class) {
                if (sink == stream) {
                    sink = null;
                }
            }
            stream.close();
        };
    }

    /** One message, with the stack trace of {@code thrown} if any. */
    static void write(String level, String logger, String message, Throwable thrown) {
        PrintStream s = sink;
        if (s == null) {
            return;
        }
        synchronized (LibraryLog.class) {
            s.println(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " " + level + " ["
                    + Thread.currentThread().getName() + "] " + logger + " - " + message);
            if (thrown != null) {
                thrown.printStackTrace(s);
            }
        }
    }
}
