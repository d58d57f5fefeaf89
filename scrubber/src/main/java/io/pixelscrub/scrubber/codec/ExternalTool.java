package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the native codec tools (dcmtk, GDCM) with a time limit, turning failures into one clear line. */
public final class ExternalTool {
    private static final long TIMEOUT_SECONDS = 600;

    private ExternalTool() {
    }

    public static boolean isInstalled(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    public static void run(String tool, List<String> args) throws InvalidDicomException, IOException {
        if (!isInstalled(tool)) {
            throw new InvalidDicomException(tool + " is not installed (run scripts/setup.sh)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(tool);
        cmd.addAll(args);
        Path log = Files.createTempFile("pixelscrub-tool-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean done;
            try {
                done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException(tool + " interrupted");
            }
            if (!done) {
                p.destroyForcibly();
                throw new InvalidDicomException(tool + " timed out after " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new InvalidDicomException(tool + " failed (exit " + p.exitValue() + "): " + lastLine(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The tool's last line of complaint, stripped of file paths (which may name a patient). */
    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String last = "";
        for (String l : lines) {
            if (!l.isBlank()) {
                last = l.strip();
            }
        }
        last = last.replaceAll("/[^\\s:]+", "<file>");
        return last.length() > 200 ? last.substring(0, 200) : last;
    }
}
