package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.testdata.RepositoryRoot;
import io.pixelscrub.testdata.large.LargeImages;
import io.pixelscrub.testdata.reference.ToolRunner;
import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import io.pixelscrub.testdata.synthetic.truth.Box;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12, memory: with {@code -Xmx512m} the packaged CLI ({@code cli/target/pixelscrub-cli.jar} and
 * {@code cli/target/lib/*}, so a failsafe test) scrubs a 1,000-frame 640x480 cine (1,000 x 300 KB of pixels) and a
 * 5000x4000 16-bit frame (40 MB), each native and compressed (RLE, JPEG-LS lossless), with a report and thumbnails,
 * two workers at a time:
 * <ul>
 *   <li>with a template over the header bar: exit 0, and in every frame of every output (decoded by dcmtk where
 *       compressed) the bar is black and every other byte is the input's;
 *   <li>with text detection (the default detectors): exit 0, every PHI line of the ground truth black in every
 *       frame, and the heap live after any collection (from the child's GC log) at most 400 MB.
 * </ul>
 * No time is asserted. Needs dcmtk (dcmcrle, dcmcjpls, dcmdrle, dcmdjpls).
 */
class LargeInputMemoryIT {
    private static final String KEY = "large-input-memory-key-0123456789";
    /**
     * Most heap still live after a collection that a run may reach under -Xmx512m: measured 246 MB with the memory gate,
     * 459 MB (back-to-back collections) when two workers read a 5000x4000 frame each at once.
     */
    private static final long LIVE_AFTER_GC_CEILING_MB = 400;

    @TempDir
    static Path tmp;

    private static Path in;
    private static final List<LargeImages.Written> WRITTEN = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        for (String tool : List.of("dcmcrle", "dcmcjpls", "dcmdrle", "dcmdjpls")) {
            assertTrue(ToolRunner.onPath(tool), tool + " (dcmtk) is needed: install it with scripts/setup.sh");
        }
        in = Files.createDirectories(tmp.resolve("in"));
        WRITTEN.add(LargeImages.cine(in.resolve("cine-native.dcm"), 1000, 640, 480, Encoding.EXPLICIT_LE, 21));
        WRITTEN.add(LargeImages.cine(in.resolve("cine-rle.dcm"), 1000, 640, 480, Encoding.RLE, 22));
        WRITTEN.add(LargeImages.largeFrame(in.resolve("large-native.dcm"), 5000, 4000, Encoding.EXPLICIT_LE, 23));
        WRITTEN.add(LargeImages.largeFrame(in.resolve("large-jls.dcm"), 5000, 4000, Encoding.JPEG_LS_LOSSLESS, 24));
    }

    @Test
    void aTemplateRunRedactsTheBarAndLeavesEveryOtherByte() throws Exception {
        Path templates = tmp.resolve("bars.json");
        StringBuilder json = new StringBuilder("{\"templates\": [");
        for (String modality : List.of("US", "DX")) {
            int bar = WRITTEN.stream().filter(w -> w.truth().modality().equals(modality)).findFirst().orElseThrow()
                    .headerBar().height();
            json.append(modality.equals("US") ? "" : ",").append("{\"id\": \"bar-").append(modality)
                    .append("\", \"when\": {\"attr\": \"Modality\", \"equals\": \"").append(modality)
                    .append("\"}, \"redact\": [[0, 0, \"edge\", ").append(bar).append("]]}");
        }
        Files.writeString(templates, json.append("]}").toString());
        Path out = tmp.resolve("out-templates");
        Child child = scrub(out, "templates-run", "--detect", "templates,overlays", "--no-builtin-templates",
                "--templates", templates.toString());
        assertEquals(0, child.exit, child.output);
        for (LargeImages.Written w : WRITTEN) {
            compare(w, out.resolve(w.file().getFileName()), w.headerBar());
        }
    }

    @Test
    void aDetectionRunHidesEveryPhiLine() throws Exception {
        Path out = tmp.resolve("out-detect");
        Child child = scrub(out, "detection-run");
        assertEquals(0, child.exit, child.output);
        for (LargeImages.Written w : WRITTEN) {
            compare(w, out.resolve(w.file().getFileName()), null);
        }
        long live = maxLiveAfterGcMb(tmp.resolve("detection-run.gc.log"));
        assertTrue(live > 0 && live <= LIVE_AFTER_GC_CEILING_MB, "live heap after GC peaked at " + live + " MB");
    }

    /**
     * Frame by frame: with a bar, the bar is black and the rest is byte-identical; without, every PHI line is black.
     */
    private static void compare(LargeImages.Written w, Path output, Box bar) throws Exception {
        assertTrue(Files.isRegularFile(output), output + " written");
        Path before = nativeCopy(w.file());
        Path after = nativeCopy(output);
        try (Frames a = new Frames(before); Frames b = new Frames(after)) {
            assertEquals(a.module.frames(), b.module.frames());
            int columns = a.module.columns();
            int bytesPerSample = a.module.bitsAllocated() / 8;
            int rowBytes = columns * bytesPerSample;
            for (int f = 0; f < a.module.frames(); f++) {
                byte[] x = a.frame(f);
                byte[] y = b.frame(f);
                if (bar != null) {
                    int barBytes = bar.height() * rowBytes;
                    for (int i = 0; i < barBytes; i++) {
                        if (y[i] != 0) {
                            fail(output.getFileName() + " frame " + f + ": header bar not black at byte " + i);
                        }
                    }
                    if (!java.util.Arrays.equals(x, barBytes, x.length, y, barBytes, y.length)) {
                        fail(output.getFileName() + " frame " + f + ": pixels outside the header bar changed");
                    }
                } else {
                    for (TextTruth t : w.truth().texts()) {
                        if (!t.isPhi() || !t.frames().contains(f)) {
                            continue;
                        }
                        Box box = t.box();
                        for (int row = box.y(); row <= box.bottom(); row++) {
                            for (int i = box.x() * bytesPerSample; i < (box.right() + 1) * bytesPerSample; i++) {
                                if (y[row * rowBytes + i] != 0) {
                                    fail(output.getFileName() + " frame " + f + ": PHI " + t.category() + " not hidden");
                                }
                            }
                        }
                    }
                }
            }
        } finally {
            if (!before.equals(w.file())) {
                Files.deleteIfExists(before);
            }
            if (!after.equals(output)) {
                Files.deleteIfExists(after);
            }
        }
    }

    /** The file itself when native; else an explicit-LE copy decoded by dcmtk, the reference decoder. */
    private static Path nativeCopy(Path file) throws Exception {
        String ts;
        try (DicomInput d = DicomFileReader.open(file)) {
            ts = d.transferSyntax();
        }
        String tool = switch (ts) {
            case "1.2.840.10008.1.2.1" -> null;
            case "1.2.840.10008.1.2.5" -> "dcmdrle";
            case "1.2.840.10008.1.2.4.80" -> "dcmdjpls";
            default -> throw new AssertionError("unexpected output syntax " + ts);
        };
        if (tool == null) {
            return file;
        }
        Path copy = Files.createTempFile(tmp, "decoded-", ".dcm");
        ToolRunner.run(tmp, List.of(tool, "+te", file.toString(), copy.toString()));
        return copy;
    }

    /** Frames of a native file read one at a time (a 1,000-frame cine is never held whole). */
    private static final class Frames implements AutoCloseable {
        final PixelModule module;
        private final FileChannel channel;
        private final long offset;

        Frames(Path file) throws Exception {
            try (DicomInput d = DicomFileReader.open(file)) {
                module = d.module().orElseThrow();
                offset = d.location().valueOffset();
            }
            channel = FileChannel.open(file);
        }

        byte[] frame(int i) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(module.bytesPerFrame());
            long at = offset + (long) i * module.bytesPerFrame();
            while (b.hasRemaining()) {
                if (channel.read(b, at + b.position()) < 0) {
                    throw new IOException("short pixel data");
                }
            }
            return b.array();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private record Child(int exit, String output) { }

    /** The largest heap left after any collection in a unified GC log ("Pause Young ... 300M->120M(512M)"), in MB. */
    private static long maxLiveAfterGcMb(Path gcLog) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+M->(\\d+)M\\(\\d+M\\)")
                .matcher(Files.readString(gcLog, StandardCharsets.UTF_8));
        long max = 0;
        while (m.find()) {
            max = Math.max(max, Long.parseLong(m.group(1)));
        }
        return max;
    }

    /**
     * The packaged CLI with -Xmx512m, two workers (so two large frames could be read at once), a report with
     * thumbnails, and no per-file time limit: this is about memory, and a loaded machine is slow.
     */
    private static Child scrub(Path out, String name, String... extra) throws Exception {
        Path root = RepositoryRoot.find();
        Path jar = root.resolve("cli/target/pixelscrub-cli.jar");
        Path lib = root.resolve("cli/target/lib");
        assertTrue(Files.isRegularFile(jar) && Files.isDirectory(lib),
                "run after the package phase (mvn verify): " + jar + " and " + lib + " are needed");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                "-Xlog:gc:file=" + tmp.resolve(name + ".gc.log"),
                "-Djava.awt.headless=true", "-Dpixelscrub.root=" + root,
                "-cp", jar + java.io.File.pathSeparator + lib.resolve("*"), "io.pixelscrub.cli.Main",
                "scrub", in.toString(), "-o", out.toString(), "--key", KEY, "--threads", "2", "--file-time-limit", "0",
                "--report", tmp.resolve(name + ".json").toString()));
        cmd.addAll(List.of(extra));
        Path log = tmp.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        if (!p.waitFor(1800, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("did not finish in 30 min: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Child(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
