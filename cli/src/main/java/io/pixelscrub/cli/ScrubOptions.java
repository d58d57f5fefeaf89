package io.pixelscrub.cli;

import io.pixelscrub.HeaderOptions;
import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.limit.RunLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What decides how {@code scrub} treats each file: templates, detection and policy, limits, the key and the header
 * options. A mixin, so that every front end that scrubs ({@code pixelscrub scrub}, the Spark job) reads the same flags
 * into the same {@link ScrubberOptions}.
 */
public final class ScrubOptions {

    @Mixin
    TemplateOptions templates = new TemplateOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Mixin
    DetectionOptions detection = new DetectionOptions();

    @Option(names = "--detector-threads", paramLabel = "N",
            description = "Threads inside each text-detection session (default: ${DEFAULT-VALUE}; files already run in parallel).")
    int detectorThreads = 1;

    @Option(names = "--key", paramLabel = "SECRET", description = "Secret for pseudonyms and UIDs; the same key gives the "
            + "same pseudonyms across runs (default: env PIXELSCRUB_KEY, else a secret the audit store generates on first use and keeps).")
    String key;

    @Mixin
    DeidentificationArgs deidentification = new DeidentificationArgs();

    /** Checks what picocli cannot: a value out of range is one line, exit 2. */
    public void validate() {
        if (detection.checkSample < 0 || detection.checkSample > 1) {
            throw new UserInputException("--check-sample must be between 0 and 1");
        }
    }

    /** The built-in templates (unless left out) and the user's files; a missing file is one line, exit 2. */
    public TemplateLibrary templateLibrary() {
        return templates.library();
    }

    /** Time and size limits per file; out-of-range values are one line, exit 2. */
    public RunLimits limits() {
        return limits.limits();
    }

    /**
     * The library's options for a run writing into {@code out} (or a dry run), without the header's store.
     *
     * @param textSample the files that get text detection under a templates-only policy, or null for all
     */
    public ScrubberOptions scrubberOptions(TemplateLibrary library, Predicate<Path> textSample, Path out, boolean dryRun)
            throws IOException {
        validate();
        return ScrubberOptions.defaults().withTemplates(library).withDetection(detection.settings())
                .withSeriesPropagation(!detection.noSeriesPropagation).withDetectorThreads(detectorThreads)
                .withTextSample(textSample)
                .withOutput(out, dryRun, RunSettings.of(detection, deidentification, templates.files, !templates.noBuiltin));
    }

    /** The header options, names checked (an unknown profile, option or scheme is one line, exit 2); no store yet. */
    public HeaderOptions headerOptions() throws IOException {
        return Engines.validated(deidentification.toHeaderOptions(key, null));
    }

    /** The store's JDBC URL for a run writing into {@code out}: --audit, or OUT-audit.sqlite beside OUT. */
    public String auditStoreUrl(Path out, boolean dryRun) throws IOException {
        return AuditStoreLocation.forScrub(deidentification.audit, out, dryRun, deidentification.allowAuditInsideOutput);
    }

    /** The SQLite file of the store for a run writing into {@code out}, if the store is a file. */
    public java.util.Optional<Path> auditStoreFile(Path out, boolean dryRun) {
        return AuditStoreLocation.scrubFile(deidentification.audit, out, dryRun);
    }

    /** A templates-only policy with text detection: text runs on a sample of the files only. */
    public boolean sampled() {
        return detection.sampled();
    }

    /** --key, or null (then PIXELSCRUB_KEY, else the store's own). */
    public String key() {
        return key;
    }

    /** The pseudonym scheme named: counter or hash. */
    public String pseudonymScheme() {
        return deidentification.pseudonymScheme;
    }
}
