package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.analysis.SeriesPropagation;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.output.Quarantine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a collection: every file is scrubbed (or scanned) or quarantined, a failure never stops the batch, and the input
 * tree is mirrored under the output folder. The only class that decides where files go.
 * With series propagation, every file is analysed first, then the instances of each series share what was found at
 * fixed places, then each file is written; analyses are small and kept in memory between the two passes.
 */
public final class BatchScrubber {

    /** Told about each file as it finishes (from worker threads). */
    public interface Listener {
        void started(int total);

        void finished(FileOutcome outcome);
    }

    /** What the run does with each file. */
    public enum Mode { WRITE, DRY_RUN, SCAN }

    private final FileScrubber scrubber;
    private final FileProcessor writer;
    private final Path outputRoot;
    private final Quarantine quarantine;
    private final Mode mode;
    private final int threads;
    private final SeriesPropagation series;

    public BatchScrubber(FileScrubber scrubber, Path outputRoot, Quarantine quarantine, boolean dryRun, int threads) {
        this(scrubber, scrubber, outputRoot, quarantine, dryRun ? Mode.DRY_RUN : Mode.WRITE, threads, null);
    }

    /**
     * @param scrubber analyses and scans files
     * @param writer   scrubs them: the scrubber itself, or a decorator (the audit trail)
     * @param series   series-level propagation, or null to treat every file on its own
     */
    public BatchScrubber(FileScrubber scrubber, FileProcessor writer, Path outputRoot, Quarantine quarantine, Mode mode,
                         int threads, SeriesPropagation series) {
        this.scrubber = scrubber;
        this.writer = writer;
        this.outputRoot = outputRoot;
        this.quarantine = quarantine;
        this.mode = mode;
        this.threads = Math.max(1, threads);
        this.series = series;
    }

    public List<FileOutcome> run(List<InputFiles.Entry> files, Listener listener) throws InterruptedException {
        listener.started(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pixelscrub-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<InputFiles.Entry, Object> analyses = series == null ? Map.of() : analyseAll(pool, files);
            Map<InputFiles.Entry, List<Finding>> extras = series == null ? Map.of() : seriesExtras(analyses);
            return all(pool, files, e -> () -> {
                Object a = analyses.get(e);
                FileOutcome o = a instanceof Failure f ? quarantine(e, f.reason(), f.ms())
                        : one(e, (FileScrubber.Analysed) a, extras.getOrDefault(e, List.of()));
                listener.finished(o);
                return o;
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private record Failure(String reason, long ms) { }

    /** First pass: each file's analysis, or the reason it could not be analysed. */
    private Map<InputFiles.Entry, Object> analyseAll(ExecutorService pool, List<InputFiles.Entry> files) throws InterruptedException {
        List<Object> results = all(pool, files, e -> () -> {
            long t0 = System.nanoTime();
            try {
                return scrubber.analyse(e.file());
            } catch (Exception | OutOfMemoryError ex) {
                return new Failure(reason(e, ex), (System.nanoTime() - t0) / 1_000_000);
            }
        });
        Map<InputFiles.Entry, Object> out = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            out.put(files.get(i), results.get(i));
        }
        return out;
    }

    private Map<InputFiles.Entry, List<Finding>> seriesExtras(Map<InputFiles.Entry, Object> analyses) {
        Map<String, Map<InputFiles.Entry, List<Finding>>> bySeries = new LinkedHashMap<>();
        analyses.forEach((e, a) -> {
            if (a instanceof FileScrubber.Analysed an && !an.seriesKey().isEmpty()) {
                bySeries.computeIfAbsent(an.seriesKey(), k -> new LinkedHashMap<>()).put(e, an.pixels().findings());
            }
        });
        Map<InputFiles.Entry, List<Finding>> out = new HashMap<>();
        bySeries.values().forEach(instances -> out.putAll(series.extras(instances)));
        return out;
    }

    private static <T> List<T> all(ExecutorService pool, List<InputFiles.Entry> files,
                                   Function<InputFiles.Entry, Callable<T>> task) throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>();
        for (InputFiles.Entry e : files) {
            futures.add(pool.submit(task.apply(e)));
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException ex) {
                throw new IllegalStateException("worker failed outside the per-file guard", ex.getCause());
            }
        }
        return out;
    }

    private FileOutcome one(InputFiles.Entry e, FileScrubber.Analysed known, List<Finding> extra) {
        long t0 = System.nanoTime();
        try {
            return switch (mode) {
                case SCAN -> scrubber.scan(e.file(), known, extra);
                case DRY_RUN -> writer.scrub(e.file(), null, known, extra);
                case WRITE -> writer.scrub(e.file(), outputRoot.resolve(e.relative().toString()), known, extra);
            };
        } catch (Exception | OutOfMemoryError ex) {
            return quarantine(e, reason(e, ex), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static String reason(InputFiles.Entry e, Throwable ex) {
        if (isZip(e.file())) {
            return "not a DICOM file (zip archive: unpack it and scrub its contents)";
        }
        if (ex instanceof InvalidDicomException) {
            return ex.getMessage();
        }
        if (ex instanceof IOException) {
            return "I/O error (" + ex.getClass().getSimpleName() + ")";
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory while processing";
        }
        return "internal error (" + ex.getClass().getSimpleName() + ")";
    }

    private FileOutcome quarantine(InputFiles.Entry e, String reason, long ms) {
        Map<String, Long> timings = Map.of("totalMs", ms);
        if (mode != Mode.WRITE) {
            return FileOutcome.quarantined(e.file(), null, reason, timings);
        }
        try {
            return FileOutcome.quarantined(e.file(), quarantine.put(e.file(), e.relative(), reason), reason, timings);
        } catch (IOException ex) {
            return FileOutcome.quarantined(e.file(), null, reason + "; could not copy to quarantine", timings);
        }
    }

    private static boolean isZip(Path p) {
        try (var in = java.nio.file.Files.newInputStream(p)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
