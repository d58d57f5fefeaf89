package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.text.DbnetSettings;
import io.pixelscrub.detector.text.DbnetTextLocator;
import io.pixelscrub.detector.text.FrameTextReader;
import io.pixelscrub.detector.text.LineReader;
import io.pixelscrub.detector.text.OcrLine;
import io.pixelscrub.detector.text.PixelTextReader;
import io.pixelscrub.detector.text.TesseractLineReader;
import io.pixelscrub.detector.text.TextBox;
import io.pixelscrub.detector.text.TextLocator;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Frames per second and milliseconds per stage, end to end (decode, text detection, OCR, classification, redaction,
 * encoding, writing), on generated 640x480 ultrasound: a series of single frames (one patient, each instance with its
 * own fan and clock), and 60-frame cines whose fan changes every frame
 * under a static header bar (name, ID, dates; one variant with a clock that changes every frame, and one with that
 * clock over a still picture, a frozen loop). Not a test: timings
 * on a shared machine are noisy. The stage table runs one file at a time on one thread and also gives that thread's CPU
 * time per frame (the engines run on the calling thread: one detector thread per worker, {@code OMP_THREAD_LIMIT=1}),
 * which other processes' load hardly moves; 2000 / CPU ms is the rate two idle cores would reach with two workers.
 * {@code series} times the single-frame series alone. Then, unless {@code stages} is given, copies of each file are scrubbed by two worker threads (wall clock). Run from the repository root after {@code mvn -o install -DskipTests}:
 * <pre>
 * cd scrubber && mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.pixelscrub.scrubber.analysis.CineThroughputBenchmark [repeats] [stages [series]]
 * </pre>
 */
public final class CineThroughputBenchmark {

    /** Stage clocks shared by the timing wrappers (nanoseconds). */
    static final AtomicLong DETECT_UPRIGHT = new AtomicLong();
    static final AtomicLong DETECT_TURNED = new AtomicLong();
    static final AtomicLong DETECT_CALLS = new AtomicLong();
    static final AtomicLong OCR = new AtomicLong();
    static final AtomicLong OCR_CALLS = new AtomicLong();
    static final AtomicLong CLASSIFY = new AtomicLong();
    static final AtomicLong CLASSIFY_CALLS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        boolean workers = args.length < 2 || !args[1].equals("stages");
        boolean cines = args.length < 3 || !args[2].equals("series");
        Path work = Files.createTempDirectory("pixelscrub-cine-bench-");
        GeneratedCine.Patient patient = new GeneratedCine.Patient("Halloway^Margaret", "HX4471902", "19620314", "20241107");
        List<GeneratedCine.Item> bar = List.of(
                new GeneratedCine.Item(f -> "Halloway, Margaret", 8, 18, 14),
                new GeneratedCine.Item(f -> "ID HX4471902", 8, 36, 14),
                new GeneratedCine.Item(f -> "07/11/2024", 420, 18, 14),
                new GeneratedCine.Item(f -> "C5-1 Abd 12cm", 420, 36, 14));
        List<GeneratedCine.Item> withClock = new ArrayList<>(bar);
        withClock.add(new GeneratedCine.Item(f -> String.format("10:%02d:%02d", 14 + f / 30, f * 2 % 60), 540, 18, 14));
        // A series: 20 single-frame instances of one patient, each with its own fan and clock; a 21st warms up.
        List<Path> series = new ArrayList<>();
        for (int k = 0; k <= 20; k++) {
            List<GeneratedCine.Item> instance = new ArrayList<>(bar);
            int second = k;
            instance.add(new GeneratedCine.Item(f -> String.format("10:14:%02d", second), 540, 18, 14));
            Path p = work.resolve("us-single-" + k + ".dcm");
            GeneratedCine.of(640, 480, 1, true, instance, 1000 + k).write(p, patient);
            series.add(p);
        }
        Path warmUp = series.remove(20);
        Path cine = work.resolve("us-cine60.dcm");
        GeneratedCine.of(640, 480, 60, true, bar).write(cine, patient);
        Path clock = work.resolve("us-cine60-clock.dcm");
        GeneratedCine.of(640, 480, 60, true, withClock).write(clock, patient);
        Path still = work.resolve("us-cine60-still-clock.dcm");
        GeneratedCine.of(640, 480, 60, false, withClock).write(still, patient);

        PerThread<FrameTextReader> readers = new PerThread<>(() -> new PixelTextReader(new DisplayMapper(),
                new TimedLocator(new DbnetTextLocator(DbnetSettings.defaults())), new TimedReader(new TesseractLineReader())));
        PhiClassifier classifier = PhiClassifier.standard();
        Function<HeaderView, LineJudge> judges = header -> {
            HeaderDenyList deny = HeaderDenyList.from(header);
            return text -> {
                long t = System.nanoTime();
                try {
                    return classifier.classify(text, deny);
                } finally {
                    CLASSIFY.addAndGet(System.nanoTime() - t);
                    CLASSIFY_CALLS.incrementAndGet();
                }
            };
        };
        try (PixelAnalyzer analyzer = new PixelAnalyzer(DetectionSettings.all(), readers, judges)) {
            FileScrubber scrubber = new FileScrubber(List.of(), analyzer, RedactionPolicy.PHI, (list, cleaned) -> { });
            System.out.println("| file | frames | frames/s (1 thread, wall) | CPU ms/f | frames/s on 2 idle cores (2000 / CPU ms) | decode ms/f | render ms/f | detect upright ms/f | detect turned ms/f"
                    + " | detector passes/f | OCR ms/f | OCR calls/f | classify ms/f | redact+encode+write ms/f | rest ms/f |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            scrubber.scrub(warmUp, work.resolve("out.dcm")); // engines, JIT
            stages(scrubber, "us-single x 20 (a series)", series, work.resolve("out.dcm"), repeats);
            for (Path file : cines ? List.of(cine, clock, still) : List.<Path>of()) {
                stages(scrubber, file.getFileName().toString(), List.of(file), work.resolve("out.dcm"), repeats);
            }
            if (workers) {
                System.out.println();
                System.out.println("| corpus (2 worker threads) | files | frames | frames/s |");
                System.out.println("|---|---:|---:|---:|");
                throughput(scrubber, series, 16, work, "640x480 single-frame US, one patient's series");
                throughput(scrubber, List.of(cine), 4, work, "640x480 60-frame US cine, static header bar");
                throughput(scrubber, List.of(clock), 4, work, "same, with a clock changing every frame");
                throughput(scrubber, List.of(still), 4, work, "still picture (frozen loop), clock changing every frame");
            }
        }
        try (var s = Files.walk(work)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Scrubs each of {@code files} {@code repeats} times, in order. Readings are cached per worker over files (a
     * series' header bar is read once), so a file scrubbed again would read nothing: a series is distinct files.
     */
    private static void stages(FileScrubber scrubber, String label, List<Path> files, Path out, int repeats)
            throws Exception {
        int frames = 0;
        long decode = 0, render = 0;
        DisplayMapper mapper = new DisplayMapper();
        for (Path file : files) {
            try (DicomInput in = DicomFileReader.open(file); FrameSource source = Codecs.decoder(in)) {
                frames += source.frameCount();
                RawFrameBuilder builder = new RawFrameBuilder(source.module(), DisplayHintsReader.read(in.header()));
                for (int i = 0; i < source.frameCount(); i++) {
                    long t = System.nanoTime();
                    byte[] f = source.frame(i);
                    long t1 = System.nanoTime();
                    mapper.render(builder.build(f));
                    render += System.nanoTime() - t1;
                    decode += t1 - t;
                }
            }
        }
        reset();
        long writeMs = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < repeats; r++) {
            for (Path file : files) {
                FileOutcome o = scrubber.scrub(file, out);
                writeMs += o.timingsMs().getOrDefault("redactMs", 0L) + o.timingsMs().getOrDefault("writeMs", 0L);
            }
        }
        double totalMs = (System.nanoTime() - t0) / 1e6;
        double n = (double) frames * repeats;
        double cpuPerFrame = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / n;
        double perFrame = totalMs / n;
        double stagesMs = (DETECT_UPRIGHT.get() + DETECT_TURNED.get() + OCR.get() + CLASSIFY.get()) / 1e6 / n
                + (decode + render) / 1e6 / frames + writeMs / n;
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f | %.2f | %.2f | %.1f | %.1f |%n",
                label, frames, 1000 / perFrame, cpuPerFrame, 2000 / cpuPerFrame, decode / 1e6 / frames, render / 1e6 / frames,
                DETECT_UPRIGHT.get() / 1e6 / n, DETECT_TURNED.get() / 1e6 / n, DETECT_CALLS.get() / n, OCR.get() / 1e6 / n,
                OCR_CALLS.get() / n, CLASSIFY.get() / 1e6 / n, writeMs / n, perFrame - stagesMs);
    }

    private static void throughput(FileScrubber scrubber, List<Path> files, int copies, Path work, String label)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // warm-up: each worker opens its engines
            List<Future<FileOutcome>> warm = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Path out = work.resolve("warm" + i + ".dcm");
                warm.add(pool.submit(() -> scrubber.scrub(files.get(0), out)));
            }
            for (Future<FileOutcome> f : warm) {
                f.get();
            }
            long t0 = System.nanoTime();
            List<Future<FileOutcome>> jobs = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                Path in = files.get(i % files.size());
                Path out = work.resolve("out" + i + ".dcm");
                jobs.add(pool.submit(() -> scrubber.scrub(in, out)));
            }
            int frames = 0;
            for (Future<FileOutcome> f : jobs) {
                frames += f.get().frames();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("| %s | %d | %d | %.1f |%n", label, copies, frames, frames / s);
        } finally {
            pool.shutdown();
        }
    }

    private static void reset() {
        for (AtomicLong a : List.of(DETECT_UPRIGHT, DETECT_TURNED, DETECT_CALLS, OCR, OCR_CALLS, CLASSIFY, CLASSIFY_CALLS)) {
            a.set(0);
        }
    }

    /** Times the detector, telling the turned pass (width and height swapped against the frame) from the upright. */
    private static final class TimedLocator implements TextLocator {
        private final TextLocator inner;

        TimedLocator(TextLocator inner) {
            this.inner = inner;
        }

        @Override
        public List<TextBox> locate(DisplayImage image) {
            long t = System.nanoTime();
            try {
                return inner.locate(image);
            } finally {
                (image.height() > image.width() ? DETECT_TURNED : DETECT_UPRIGHT).addAndGet(System.nanoTime() - t);
                DETECT_CALLS.incrementAndGet();
            }
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private static final class TimedReader implements LineReader {
        private final LineReader inner;

        TimedReader(LineReader inner) {
            this.inner = inner;
        }

        @Override
        public OcrLine read(DisplayImage image, Box box) {
            return timed(() -> inner.read(image, box));
        }

        @Override
        public OcrLine readAgain(DisplayImage image, Box box) {
            return timed(() -> inner.readAgain(image, box));
        }

        private static OcrLine timed(java.util.function.Supplier<OcrLine> reading) {
            long t = System.nanoTime();
            try {
                return reading.get();
            } finally {
                OCR.addAndGet(System.nanoTime() - t);
                OCR_CALLS.incrementAndGet();
            }
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
