package io.pixelscrub.cli;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pixelscrub bench codecs}: decode and redact+encode time per frame for each file, as a Markdown table for
 * BENCHMARKS.md. A measurement, not a test: nothing here asserts a speed.
 */
@Command(name = "codecs", mixinStandardHelpOptions = true,
        description = "Time decoding and redact+encode per frame for each file (default: the bundled testdata/real).")
public final class BenchCodecsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "IN", description = "Files or folders (default: the bundled testdata/real).")
    List<Path> inputs;

    @Option(names = "--repeat", description = "Timed repetitions per file after one warm-up (default ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Override
    public Integer call() throws Exception {
        if (inputs == null || inputs.isEmpty()) {
            inputs = List.of(Path.of(System.getProperty("pixelscrub.root", ".")).resolve("testdata/real"));
        }
        InputFiles.Found found = CommandInputs.expand(inputs, List.of());
        int failed = CommandInputs.printUnreadable(found, System.err);
        List<InputFiles.Entry> files = found.files();
        Path work = Files.createTempDirectory("pixelscrub-bench-");
        // A fixed box in the top-left corner stands in for a header bar; it exercises the full redact+encode path.
        FileScrubber scrubber = new FileScrubber(List.of((h, rows, cols) -> List.of(new Finding(
                new Box(0, 0, Math.max(1, cols / 2), Math.max(1, rows / 10)), Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0,
                "bench"))), (list, cleaned) -> { });
        System.out.println("| file | transfer syntax | size | frames | decode ms/frame | redact+encode ms/frame |");
        System.out.println("|---|---|---|---:|---:|---:|");
        for (InputFiles.Entry e : files) {
            PixelModule m;
            String ts;
            try (DicomInput in = DicomFileReader.open(e.file())) {
                if (!in.hasPixelData()) {
                    continue;
                }
                m = in.module().orElseThrow();
                ts = in.transferSyntax();
            } catch (Exception ex) {
                continue;
            }
            try {
                double decode = perFrame(() -> decodeAll(e.file()), m.frames());
                Path out = work.resolve("out.dcm");
                double encode = perFrame(() -> scrubber.scrub(e.file(), out), m.frames());
                System.out.printf("| %s | %s | %dx%dx%d %d-bit %s | %d | %.1f | %.1f |%n", e.relative(), TransferSyntaxes.name(ts),
                        m.columns(), m.rows(), m.samplesPerPixel(), m.bitsAllocated(), m.photometric(), m.frames(), decode, encode);
            } catch (Exception ex) {
                System.out.printf("| %s | %s | | %d | failed: %s | |%n", e.relative(), TransferSyntaxes.name(ts), m.frames(),
                        ex.getMessage());
            }
        }
        BenchWork.finish(work, false);
        return failed > 0 ? 1 : 0;
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private double perFrame(Work w, int frames) throws Exception {
        w.run(); // warm-up: class loading, JIT
        long t0 = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            w.run();
        }
        return (System.nanoTime() - t0) / 1e6 / repeat / frames;
    }

    private static void decodeAll(Path file) throws Exception {
        try (DicomInput in = DicomFileReader.open(file); FrameSource frames = Codecs.decoder(in)) {
            for (int i = 0; i < frames.frameCount(); i++) {
                frames.frame(i);
            }
        }
    }
}
