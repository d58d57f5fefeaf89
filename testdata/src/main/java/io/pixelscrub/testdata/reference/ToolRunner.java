package io.pixelscrub.testdata.reference;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external command-line tool and fails loudly. Output goes to files rather than pipes
 * so a chatty tool (dcmdump on a big dataset) can never block on a full pipe buffer.
 */
public final class ToolRunner {
    private static final long TIMEOUT_SECONDS = 120;
    private static final int STDERR_TAIL_CHARS = 2000;

    private ToolRunner() {
    }

    /**
     * Runs {@code command} in {@code workDir} and returns its stdout.
     *
     * @throws IOException naming the tool, its exit code and the tail of its stderr when it
     *                     exits non-zero or does not finish in time
     */
    public static String run(Path workDir, List<String> command) throws IOException {
        String tool = command.get(0);
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " timed out after " + TIMEOUT_SECONDS + " s: "
                        + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(tool + " interrupted", e);
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new IOException(tool + " failed with exit code " + exit + " ("
                    + String.join(" ", command) + "); stderr tail: " + tail(err));
        }
        return Files.readString(out, StandardCharsets.ISO_8859_1);
    }

    /** True when an executable named {@code tool} is on the PATH. */
    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1).strip();
        return text.length() <= STDERR_TAIL_CHARS ? text : "..." + text.substring(text.length() - STDERR_TAIL_CHARS);
    }
}
