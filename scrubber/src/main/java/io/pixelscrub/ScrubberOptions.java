package io.pixelscrub;

import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything a {@link Scrubber} is built from. Immutable; each {@code with...} returns a copy.
 *
 * @param templates          the region templates (built-in and the user's, already loaded)
 * @param detection          what to detect and the redaction policy
 * @param seriesPropagation  in a batch, text at a fixed place in two or more instances of a series is redacted in all
 * @param detectorThreads    intra-op threads of each text-detection session (files already run in parallel)
 * @param header             how headers are de-identified and where mappings are kept
 * @param textSample         for a templates-only policy with text detection: the files that get text detection (the
 *                           others get templates and overlays only); null for every file
 * @param denyLists          the identifying values text is judged against, from a file's header (default: its own)
 * @param outputRoot         what output paths in the audit trail are relative to, or null
 * @param dryRun             write nothing: no output journal, the store described as a dry run's
 * @param settingsDigest     what else decides the outputs, recorded so that a resume keeps only outputs made alike
 * @param reviewPictureSide  longer side of the review pictures taken while frames are decoded for redaction
 *                           ({@link io.pixelscrub.scrubber.pipeline.FileOutcome#pictures}); 0 takes none
 */
public record ScrubberOptions(TemplateLibrary templates, DetectionSettings detection, boolean seriesPropagation,
                              int detectorThreads, HeaderOptions header, Predicate<Path> textSample,
                              Function<HeaderView, HeaderDenyList> denyLists, Path outputRoot, boolean dryRun,
                              String settingsDigest, int reviewPictureSide) {

    /** Built-in templates, every detector, the phi policy, the basic profile in memory with a random key. */
    public static ScrubberOptions defaults() {
        return new ScrubberOptions(TemplateLibrary.builtIn(), DetectionSettings.all(), true, 1, HeaderOptions.inMemory(null),
                null, HeaderDenyList::from, null, false, "", 0);
    }

    /** Built-in templates (unless {@code builtIn} is false) and the given template files (CTP, deid, pixelscrub JSON). */
    public ScrubberOptions withTemplates(List<Path> files, boolean builtIn) {
        return withTemplates(io.pixelscrub.scrubber.run.Pipeline.templates(files, builtIn));
    }

    public ScrubberOptions withTemplates(TemplateLibrary library) {
        return new ScrubberOptions(library, detection, seriesPropagation, detectorThreads, header, textSample, denyLists,
                outputRoot, dryRun, settingsDigest, reviewPictureSide);
    }

    public ScrubberOptions withDetection(DetectionSettings d) {
        return new ScrubberOptions(templates, d, seriesPropagation, detectorThreads, header, textSample, denyLists,
                outputRoot, dryRun, settingsDigest, reviewPictureSide);
    }

    public ScrubberOptions withSeriesPropagation(boolean on) {
        return new ScrubberOptions(templates, detection, on, detectorThreads, header, textSample, denyLists,
                outputRoot, dryRun, settingsDigest, reviewPictureSide);
    }

    public ScrubberOptions withDetectorThreads(int n) {
        return new ScrubberOptions(templates, detection, seriesPropagation, Math.max(1, n), header, textSample, denyLists,
                outputRoot, dryRun, settingsDigest, reviewPictureSide);
    }

    public ScrubberOptions withHeader(HeaderOptions h) {
        return new ScrubberOptions(templates, detection, seriesPropagation, detectorThreads, h, textSample, denyLists,
                outputRoot, dryRun, settingsDigest, reviewPictureSide);
    }

    public ScrubberOptions withTextSample(Predicate<Path> inSample) {
        return new ScrubberOptions(templates, detection, seriesPropagation, detectorThreads, header, inSample, denyLists,
                outputRoot, dryRun, settingsDigest, reviewPictureSide);
    }

    public ScrubberOptions withDenyLists(Function<HeaderView, HeaderDenyList> d) {
        return new ScrubberOptions(templates, detection, seriesPropagation, detectorThreads, header, textSample, d,
                outputRoot, dryRun, settingsDigest, reviewPictureSide);
    }

    /** A run writing into {@code root} (audit paths relative to it), or a dry run writing nothing. */
    public ScrubberOptions withOutput(Path root, boolean dry, String digest) {
        return new ScrubberOptions(templates, detection, seriesPropagation, detectorThreads, header, textSample, denyLists,
                root, dry, digest, reviewPictureSide);
    }

    /** Review pictures of the frames a review shows, shrunk to {@code maxSide}, taken while redaction decodes them. */
    public ScrubberOptions withReviewPictures(int maxSide) {
        return new ScrubberOptions(templates, detection, seriesPropagation, detectorThreads, header, textSample, denyLists,
                outputRoot, dryRun, settingsDigest, Math.max(0, maxSide));
    }
}
