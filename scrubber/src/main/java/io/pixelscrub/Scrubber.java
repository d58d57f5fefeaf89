package io.pixelscrub;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.analysis.RedactionPolicy;
import io.pixelscrub.scrubber.analysis.SeriesPropagation;
import io.pixelscrub.scrubber.inspect.OriginalLookup;
import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileProcessor;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.pipeline.OutputJournal;
import io.pixelscrub.scrubber.pipeline.ProfileHeaderProcessor;
import io.pixelscrub.scrubber.run.Pipeline;
import io.pixelscrub.scrubber.run.RunSetup;
import io.pixelscrub.scrubber.run.TextStack;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * pixelscrub as a library: detects PHI burned into a DICOM file's pixels, redacts it on every frame, re-encodes in the
 * file's own transfer syntax and de-identifies the header, as {@code pixelscrub scrub} does (the CLI uses nothing
 * else). Thread-safe: each worker thread gets its own text-detection and OCR session on its first frame.
 *
 * <pre>{@code
 * try (Scrubber s = Scrubber.open(ScrubberOptions.defaults()
 *         .withHeader(HeaderOptions.inMemory("my-secret").withOptions(List.of("retain-device-identity"))))) {
 *     FileOutcome r = s.scrub(Path.of("in.dcm"), Path.of("out.dcm"));
 *     if (r.status() == FileStatus.QUARANTINED) System.err.println(r.reason());
 * }
 * }</pre>
 *
 * A file that cannot be processed safely is never written: its outcome is {@link FileStatus#QUARANTINED} with a
 * one-line reason (no value from the file in it) and a null output; where it goes is the caller's choice.
 * {@link #batch} runs a whole collection with series propagation, time limits and the quarantine folder.
 */
public final class Scrubber implements AutoCloseable {

    private final ScrubberOptions options;
    private final Pipeline pipeline;
    private final RunSetup setup;
    private final ProfileHeaderProcessor header;
    private final FileProcessor writer;

    private Scrubber(ScrubberOptions options, Pipeline pipeline, RunSetup setup, ProfileHeaderProcessor header) {
        this.options = options;
        this.pipeline = pipeline;
        this.setup = setup;
        this.header = header;
        FileScrubber files = pipeline.fileScrubber();
        this.writer = setup == null ? files : setup.audited(files, options.outputRoot() == null ? Path.of("") : options.outputRoot());
    }

    /**
     * Loads the engines and opens the mapping store (if {@link HeaderOptions#auditStore} names one).
     *
     * @throws IllegalArgumentException an unknown profile, option or pseudonym scheme
     * @throws IllegalStateException    text detection asked for but its native engines cannot load
     */
    public static Scrubber open(ScrubberOptions options) {
        PrivateTemp.run();   // removes what runs killed before this one left in the temporary folder
        HeaderOptions h = options.header();
        RunSetup setup = h.auditStore() == null ? null : RunSetup.open(h, options.dryRun(), options.settingsDigest());
        try {
            ProfileHeaderProcessor header = setup != null ? setup.header() : Pipeline.inMemoryHeaderStep(h);
            Pipeline all = Pipeline.create(options.templates(), header, options.detection(), options.detectorThreads(),
                    TextStack.judges(options.denyLists()));
            Pipeline pipeline = options.textSample() == null ? all : all.sampled(options.textSample(), options.detection());
            pipeline = pipeline.withReviewPictures(options.reviewPictureSide());
            return new Scrubber(options, pipeline, setup, header);
        } catch (RuntimeException | Error e) {
            if (setup != null) {
                setup.close();
            }
            throw e;
        }
    }

    /** Scrubs one file into {@code output} (written atomically; its folder is created), or says why it could not. */
    public FileOutcome scrub(Path input, Path output) {
        return scrub(input, output, null, List.of());
    }

    /**
     * The second pass of a series-aware run: {@code known} is the file's {@link #analyse} result, {@code extra} the
     * regions its series propagated to it ({@link #seriesPropagation}).
     */
    public FileOutcome scrub(Path input, Path output, FileScrubber.Analysed known, List<Finding> extra) {
        long t0 = System.nanoTime();
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return writer.scrub(input, output, known, extra);
        } catch (Exception | Error e) {
            return failed(input, e, t0);
        }
    }

    /**
     * Scrubs DICOM bytes from {@code in} and writes the released file to {@code out}; nothing is written to {@code out}
     * when the outcome is quarantined. The outcome's paths are null. Works through a private temporary folder
     * ({@link PrivateTemp}), removed before returning.
     */
    public FileOutcome scrub(InputStream in, OutputStream out) throws IOException {
        Path dir = PrivateTemp.folder("stream-");
        try {
            Path input = dir.resolve("input.dcm");
            Path output = dir.resolve("output.dcm");
            Files.copy(in, input);
            FileOutcome o = scrub(input, output);
            if (o.status() == FileStatus.SCRUBBED || o.status() == FileStatus.CLEAN_UNTOUCHED) {
                Files.copy(output, out);
            }
            return new FileOutcome(null, null, o.status(), o.reason(), o.transferSyntaxIn(), o.transferSyntaxOut(),
                    o.frames(), o.redacted(), o.kept(), o.timingsMs(), o.stages(), o.header());
        } finally {
            PrivateTemp.deleteTree(dir);
        }
    }

    /** What scrub would redact and keep, writing nothing. */
    public FileOutcome scan(Path input) {
        long t0 = System.nanoTime();
        try {
            return pipeline.fileScrubber().scan(input);
        } catch (Exception | Error e) {
            return failed(input, e, t0);
        }
    }

    /** The first pass of a series-aware run: the file's pixel analysis and series. */
    public FileScrubber.Analysed analyse(Path input) throws IOException, io.pixelscrub.scrubber.dicom.InvalidDicomException {
        return pipeline.fileScrubber().analyse(input);
    }

    /** The run's series propagation (by the policy), or null when turned off. */
    public SeriesPropagation seriesPropagation() {
        return options.seriesPropagation() ? new SeriesPropagation(options.detection().policy()) : null;
    }

    /**
     * A batch over a collection: files in parallel on {@code threads} workers, series propagation, per-file limits,
     * failures copied to {@code quarantine} with their reason, every written file in the audit trail.
     */
    public BatchScrubber batch(Path outputRoot, Quarantine quarantine, BatchScrubber.Mode mode, int threads) {
        FileScrubber files = pipeline.fileScrubber();
        FileProcessor w = setup == null ? files : setup.audited(files, outputRoot);
        return new BatchScrubber(files, mode == BatchScrubber.Mode.SCAN ? files : w, outputRoot, quarantine, mode, threads,
                seriesPropagation());
    }

    public TemplateLibrary templates() {
        return pipeline.library();
    }

    public RedactionPolicy policy() {
        return options.detection().policy();
    }

    /** The header step (to describe released headers for the review). */
    public ProfileHeaderProcessor header() {
        return header;
    }

    /** Keyed lookups of original identifiers in the store; none without a store. */
    public OriginalLookup originalLookup() {
        return setup == null ? OriginalLookup.NONE : setup.originalLookup();
    }

    /** Which outputs this and earlier runs finished (resume); none without a store. */
    public OutputJournal journal() {
        return setup == null ? OutputJournal.NONE : setup.journal();
    }

    /** Lines for the end of a run: where the store is and what it holds; none without a store. */
    public List<String> summaryLines() {
        return setup == null ? List.of() : setup.summaryLines();
    }

    @Override
    public void close() {
        try {
            pipeline.close();
        } finally {
            if (setup != null) {
                setup.close();
            }
        }
    }

    private static FileOutcome failed(Path input, Throwable e, long t0) {
        return FileOutcome.quarantined(input, null, BatchScrubber.failureReason(e),
                Map.of("totalMs", (System.nanoTime() - t0) / 1_000_000));
    }
}
