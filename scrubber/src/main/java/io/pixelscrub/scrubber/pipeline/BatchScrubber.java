package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.analysis.SeriesPropagation;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.limit.RunLimits;
import io.pixelscrub.scrubber.output.AtomicFile;
import io.pixelscrub.scrubber.output.OutOfSpace;
import io.pixelscrub.scrubber.output.Quarantine;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a collection: every file is scrubbed (or scanned) or quarantined, a failure never stops the batch, and the input
 * tree is mirrored under the output folder. The only class that decides where files go.
 * With series propagation, every file is analysed first, then the instances of each series share what was found at
 * fixed places, then each file is written; analyses are small and kept in memory between the two passes.
 *
 * <p>Each file runs under its {@link RunLimits} (see {@link TimeLimitedRunner}). Writing keeps three rules: no path
 * that resolves to an input file is ever written, replaced or deleted ({@link InputGuard}); a file ends up in the output
 * folder or in the quarantine, never in both (a new result removes what an earlier run left in the other place); and
 * with {@link Rerun#RESUME} a file an earlier run finished, unchanged since, is kept as it is.
 */
public final class BatchScrubber {

    /** Told about each file as it finishes (from worker threads). */
    public interface Listener {
        void started(int total);

        void finished(FileOutcome outcome);
    }

    /** What the run does with each file. */
    public enum Mode { WRITE, DRY_RUN, SCAN }

    /** What a write run does with an output already there: replace it, or keep it when an earlier run finished it. */
    public enum Rerun { REPLACE, RESUME }

    private final FileScrubber scrubber;
    private final FileProcessor writer;
    private final Path outputRoot;
    private final Quarantine quarantine;
    private final Mode mode;
    private final int threads;
    private final SeriesPropagation series;
    private RunLimits limits = RunLimits.DEFAULTS;
    private Rerun rerun = Rerun.REPLACE;
    private OutputJournal journal = OutputJournal.NONE;
    private final AtomicInteger replaced = new AtomicInteger();
    private InputGuard guard;

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

    /** Time and size limits per file (default {@link RunLimits#DEFAULTS}). */
    public BatchScrubber limits(RunLimits l) {
        this.limits = l;
        return this;
    }

    /** What to do with outputs already there; {@code finished} remembers what runs finished (resume needs it). */
    public BatchScrubber rerun(Rerun r, OutputJournal finished) {
        this.rerun = r;
        this.journal = finished;
        return this;
    }

    /** Outputs of an earlier run this run wrote over (after {@link #run}). */
    public int replacedOutputs() {
        return replaced.get();
    }

    /**
     * Runs what an expansion found: each path that could not be read is one {@link FileStatus#UNREADABLE} outcome
     * (told to the listener first, so its line comes early), then the files are processed.
     */
    public List<FileOutcome> run(InputFiles.Found found, Listener listener) throws InterruptedException {
        listener.started(found.files().size() + found.unreadable().size());
        guard = InputGuard.of(found.files());
        List<FileOutcome> out = new ArrayList<>();
        for (InputFiles.Unreadable u : found.unreadable()) {
            FileOutcome o = FileOutcome.unreadable(u.path(), u.reason() + removeStaleOutput(u.relative()));
            listener.finished(o);
            out.add(o);
        }
        out.addAll(process(found.files(), listener));
        return out;
    }

    public List<FileOutcome> run(List<InputFiles.Entry> files, Listener listener) throws InterruptedException {
        listener.started(files.size());
        guard = InputGuard.of(files);
        return process(files, listener);
    }

    private List<FileOutcome> process(List<InputFiles.Entry> files, Listener listener) throws InterruptedException {
        TimeLimitedRunner runner = new TimeLimitedRunner(threads, limits);
        try {
            Map<InputFiles.Entry, Object> analyses = series == null ? Map.of() : analyseAll(runner, files);
            Map<InputFiles.Entry, List<Finding>> extras = series == null ? Map.of() : seriesExtras(analyses);
            return runner.run(files, e -> spentMs(analyses.get(e)),
                    e -> attempt(e, analyses.get(e), extras.getOrDefault(e, List.of())),
                    e -> new Failure(overLimitReason(), limits.timePerFile().toMillis()),
                    (e, r) -> {
                        FileOutcome o = r instanceof Failure f ? quarantine(e, f.reason(), f.ms()) : (FileOutcome) r;
                        listener.finished(o);
                        return o.withoutHeader();
                    });
        } finally {
            if (mode == Mode.WRITE) {
                AtomicFile.sweep(outputRoot);
                AtomicFile.sweep(quarantine.root());
            }
        }
    }

    private record Failure(String reason, long ms) { }

    private static long spentMs(Object analysis) {
        if (analysis instanceof Failure f) {
            return f.ms();
        }
        return analysis instanceof FileScrubber.Analysed a ? a.analyseMs() : 0;
    }

    /** First pass: each file's analysis, or the reason it could not be analysed (over its time limit included). */
    private Map<InputFiles.Entry, Object> analyseAll(TimeLimitedRunner runner, List<InputFiles.Entry> files)
            throws InterruptedException {
        List<Object> results = runner.run(files, e -> 0L, e -> {
            long t0 = System.nanoTime();
            try {
                return scrubber.analyse(e.file());
            } catch (Exception | Error ex) {
                return new Failure(failureReason(ex), (System.nanoTime() - t0) / 1_000_000);
            }
        }, e -> new Failure(overLimitReason(), limits.timePerFile().toMillis()), (e, r) -> r);
        // In input order: series propagation meets each series' instances in the order of the sorted input list, so
        // every run (and the Spark job, which sorts a series by path) words the same regions alike.
        Map<InputFiles.Entry, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            out.put(files.get(i), results.get(i));
        }
        return out;
    }

    private String overLimitReason() {
        return FileBudget.start(limits, 0).overLimit().getMessage();
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

    /** One file's work, on its worker: an outcome, or a failure to quarantine. Never throws. */
    private Object attempt(InputFiles.Entry e, Object analysis, List<Finding> extra) {
        if (analysis instanceof Failure f) {
            return f;
        }
        FileScrubber.Analysed known = (FileScrubber.Analysed) analysis;
        long t0 = System.nanoTime();
        try {
            return switch (mode) {
                case SCAN -> scrubber.scan(e.file(), known, extra);
                case DRY_RUN -> writer.scrub(e.file(), null, known, extra);
                case WRITE -> write(e, known, extra);
            };
        } catch (Exception | Error ex) {
            return new Failure(failureReason(ex), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private Object write(InputFiles.Entry e, FileScrubber.Analysed known, List<Finding> extra)
            throws IOException, InvalidDicomException {
        Path target = outputRoot.resolve(e.relative().toString());
        if (guard.isInput(target)) {
            return new Failure("the output path resolves to an input file (a symbolic or hard link): nothing written", 0);
        }
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (existed && rerun == Rerun.RESUME) {
            Optional<FileStatus> done = journal.finished(e.file(), target);
            if (done.isPresent()) {
                return FileOutcome.alreadyDone(e.file(), target);
            }
        }
        FileOutcome o = writer.scrub(e.file(), target, known, extra);
        journal.record(e.file(), target, o.status());
        if (existed) {
            replaced.incrementAndGet();
        }
        Path stale = quarantine.target(e.relative());
        if (!guard.isInput(stale) && !guard.isInput(Quarantine.reasonFile(stale))) {
            quarantine.release(e.relative());
        }
        return o;
    }

    /**
     * In a write run, removes the output an earlier run left for {@code relative} (a file only, never an input):
     * what is in the output folder must be what this run decided. Returns what to add to the file's reason.
     */
    private String removeStaleOutput(Path relative) {
        if (mode != Mode.WRITE) {
            return "";
        }
        Path output = outputRoot.resolve(relative.toString());
        try {
            if (!guard.isInput(output) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)
                    && Files.deleteIfExists(output)) {
                return "; the output an earlier run left was removed";
            }
        } catch (IOException ex) {
            return "; the output an earlier run left could not be removed";
        }
        return "";
    }

    /** One line naming why a file failed: never a value from the file. */
    public static String failureReason(Throwable ex) {
        if (ex instanceof InvalidDicomException) {
            return ex.getMessage();
        }
        if (OutOfSpace.is(ex)) {
            return OutOfSpace.REASON;
        }
        if (ex instanceof AccessDeniedException) {
            return "permission denied (reading the file or writing its output)";
        }
        if (ex instanceof IOException) {
            return "I/O error (" + ex.getClass().getSimpleName() + ")";
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory while processing";
        }
        if (ex instanceof StackOverflowError) {
            return "too deeply nested to process (stack overflow)";
        }
        return "internal error (" + ex.getClass().getSimpleName() + ")";
    }

    /**
     * Copies the input to the quarantine with its reason. In a write run, an output an earlier run left for this file
     * is removed: what is in the output folder must be what this run decided.
     */
    private FileOutcome quarantine(InputFiles.Entry e, String reason, long ms) {
        Map<String, Long> timings = Map.of("totalMs", ms);
        if (!Files.isReadable(e.file())) {   // gone or unreadable since the walk: there is nothing to copy
            String gone = Files.exists(e.file(), LinkOption.NOFOLLOW_LINKS) ? "cannot be read (permission denied)"
                    : "no longer exists";
            return FileOutcome.unreadable(e.file(), gone + removeStaleOutput(e.relative()));
        }
        if (mode != Mode.WRITE) {
            return FileOutcome.quarantined(e.file(), null, reason, timings);
        }
        String why = reason + removeStaleOutput(e.relative());
        Path copy = quarantine.target(e.relative());
        if (guard.isInput(copy) || guard.isInput(Quarantine.reasonFile(copy))) {
            return FileOutcome.quarantined(e.file(), null, why + "; not copied: the quarantine path resolves to an input file",
                    timings);
        }
        try {
            return FileOutcome.quarantined(e.file(), quarantine.put(e.file(), e.relative(), why), why, timings);
        } catch (IOException ex) {
            return FileOutcome.quarantined(e.file(), null, why + "; could not copy to quarantine", timings);
        }
    }
}
