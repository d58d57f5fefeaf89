package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.limit.FileBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the native codec tools (dcmtk, GDCM) with a time limit, turning failures into one clear line. The limit
 * is what is left of the file's time ({@link FileBudget}), and never more than {@link #MAX_SECONDS}.
 */
public final class ExternalTool {
    static final long MAX_SECONDS = 600;

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

    /** What a tool printed (stdout and stderr, file paths stripped) and how it exited. */
    public record Outcome(int exitCode, List<String> lines) {
    }

    public static void run(String tool, List<String> args) throws InvalidDicomException, IOException {
        Outcome o = runForOutcome(tool, args);
        if (o.exitCode() != 0) {
            throw new InvalidDicomException(tool + " failed (exit " + o.exitCode() + "): " + lastLine(o.lines()));
        }
    }

    /** Runs the tool and reports its exit code and output instead of failing on a non-zero exit. */
    public static Outcome runForOutcome(String tool, List<String> args) throws InvalidDicomException, IOException {
        if (!isInstalled(tool)) {
            throw new InvalidDicomException(tool + " is not installed (run scripts/setup.sh)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(tool);
        cmd.addAll(args);
        FileBudget budget = FileBudget.current();
        long limitMs = Math.min(MAX_SECONDS * 1000, budget.remainingMillis());
        if (limitMs <= 0) {
            throw budget.overLimit();
        }
        Path log = PrivateTemp.file("pixelscrub-tool-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean done;
            try {
                done = p.waitFor(limitMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException(tool + " interrupted");
            }
            if (!done) {
                p.destroyForcibly();
                throw limitMs < MAX_SECONDS * 1000 ? budget.overLimit()
                        : new InvalidDicomException(tool + " timed out after " + MAX_SECONDS + " s");
            }
            List<String> lines = new ArrayList<>();
            for (String l : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {   // never fails on odd bytes
                if (!l.isBlank()) {
                    lines.add(withoutPaths(l.strip()));
                }
            }
            return new Outcome(p.exitValue(), List.copyOf(lines));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The tool's last line of complaint. */
    private static String lastLine(List<String> lines) {
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        return last.length() > 200 ? last.substring(0, 200) : last;
    }

    /** File paths may name a patient: they never reach a reason or a log. */
    private static String withoutPaths(String line) {
        return line.replaceAll("/[^\\s:]+", "<file>");
    }
}
