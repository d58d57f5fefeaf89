package io.pixelscrub.cli;

import io.pixelscrub.cli.logging.LibraryLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --log FILE}: the libraries' own messages (PixelMed's warnings and stack traces) go there, never to the console. */
final class LogOption {

    @Option(names = "--log", paramLabel = "FILE", description = "Append the libraries' log messages (PixelMed warnings and "
            + "stack traces for broken files) to FILE. They may quote values from the files: keep it private. Without it "
            + "they are dropped; the console gets one line per problem file either way.")
    Path log;

    /** Starts logging to the file, if one was asked for; closing the handle stops it. */
    AutoCloseable open() throws IOException {
        if (log == null) {
            return () -> { };
        }
        if (Files.isDirectory(log)) {
            throw new UserInputException("--log is a folder, not a file: " + log);
        }
        return LibraryLog.toFile(log);
    }
}
