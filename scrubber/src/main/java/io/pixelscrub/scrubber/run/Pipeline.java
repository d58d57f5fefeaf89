package io.pixelscrub.scrubber.run;

import io.pixelscrub.HeaderOptions;
import io.pixelscrub.detector.HeaderRegionDetector;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.template.TemplateDetector;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.analysis.PixelAnalyzer;
import io.pixelscrub.scrubber.header.HeaderDeidentifier;
import io.pixelscrub.scrubber.header.InMemoryUidMapper;
import io.pixelscrub.scrubber.header.KeyedPatientPseudonymizer;
import io.pixelscrub.scrubber.header.UidMapper;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.HeaderProcessor;
import io.pixelscrub.scrubber.pipeline.ProfileHeaderProcessor;
import io.pixelscrub.scrubber.header.ProfileOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Wires the engines for one run: templates, overlay and text detectors, around the run's header step. Built by
 * {@link io.pixelscrub.Scrubber}; closing it closes the text engines.
 */
public final class Pipeline implements AutoCloseable {
    public static final String PSEUDONYM_PREFIX = "PSEUDO-";

    private final TemplateLibrary library;
    private final FileScrubber fileScrubber;
    private final PixelAnalyzer pixelAnalyzer;

    private Pipeline(TemplateLibrary library, FileScrubber fileScrubber, PixelAnalyzer pixelAnalyzer) {
        this.library = library;
        this.fileScrubber = fileScrubber;
        this.pixelAnalyzer = pixelAnalyzer;
    }

    /** The built-in templates (unless left out) and the user's files. */
    public static TemplateLibrary templates(List<Path> extra, boolean builtIn) {
        for (Path f : extra) {
            if (!java.nio.file.Files.isRegularFile(f)) {
                throw new IllegalArgumentException("--templates file not found: " + f);
            }
        }
        TemplateLibrary library = builtIn ? TemplateLibrary.builtIn() : new TemplateLibrary(List.of());
        return extra.isEmpty() ? library : library.plus(TemplateLibrary.load(extra.toArray(Path[]::new)));
    }

    /** The basic profile with in-memory mappings keyed by {@code key} (else PIXELSCRUB_KEY, else a random key). */
    public static ProfileHeaderProcessor inMemoryHeaderStep(String key) {
        return inMemoryHeaderStep(HeaderOptions.inMemory(key));
    }

    /** The profile with {@code h}'s options and overrides, in-memory mappings keyed by its key (else as above). */
    public static ProfileHeaderProcessor inMemoryHeaderStep(HeaderOptions h) {
        h.validate();
        String secret = h.key() != null ? h.key() : System.getenv("PIXELSCRUB_KEY");
        UidMapper uids;
        KeyedPatientPseudonymizer pseudonyms;
        if (secret != null && !secret.isEmpty()) {
            byte[] k = secret.getBytes(StandardCharsets.UTF_8);
            uids = new InMemoryUidMapper(k);
            pseudonyms = new KeyedPatientPseudonymizer(h.pseudonymPrefix(), k);
        } else {
            uids = InMemoryUidMapper.withRandomKey();
            pseudonyms = KeyedPatientPseudonymizer.withRandomKey(h.pseudonymPrefix());
        }
        HeaderDeidentifier profile = new HeaderDeidentifier(ProfileOptions.parse(h.options())).withOverrides(h.overrides());
        return new ProfileHeaderProcessor(profile, uids, pseudonyms, null);
    }

    /**
     * A pipeline of {@code library}'s templates and {@code detection}'s detectors around {@code header}, judging text
     * with {@code judges} (a file's header to its line judge).
     *
     * @param detectorThreads intra-op threads of each text-detection session
     */
    public static Pipeline create(TemplateLibrary library, HeaderProcessor header, DetectionSettings detection, int detectorThreads,
                           Function<HeaderView, LineJudge> judges) {
        if (detection.text()) {
            TextStack.check();
        }
        List<HeaderRegionDetector> detectors = detection.templates()
                ? List.of(new TemplateDetector(library)::detect) : List.of();
        PixelAnalyzer pixels = !detection.overlays() && !detection.text() ? null : detection.text()
                ? new PixelAnalyzer(detection, TextStack.readers(detectorThreads), judges)
                : new PixelAnalyzer(detection, null, null);
        return new Pipeline(library, new FileScrubber(detectors, pixels, detection.policy(), header), pixels);
    }

    /**
     * The same pipeline for a templates-only run checked on a sample: files {@code inSample} accepts get text detection
     * and the phi policy; the others overlays only (or nothing) and templates.
     */
    public Pipeline sampled(java.util.function.Predicate<Path> inSample, DetectionSettings detection) {
        PixelAnalyzer others = detection.overlays()
                ? new PixelAnalyzer(new DetectionSettings(detection.templates(), true, false, detection.policy(),
                        detection.maxFramesPerFile()), null, null)
                : null;
        return new Pipeline(library, fileScrubber.withSample(inSample, others,
                io.pixelscrub.scrubber.analysis.RedactionPolicy.PHI), pixelAnalyzer);
    }

    /** The same pipeline taking review pictures while it redacts ({@link FileScrubber#withReviewPictures}). */
    public Pipeline withReviewPictures(int maxSide) {
        return maxSide <= 0 ? this : new Pipeline(library, fileScrubber.withReviewPictures(maxSide), pixelAnalyzer);
    }

    public TemplateLibrary library() { return library; }

    public FileScrubber fileScrubber() { return fileScrubber; }

    @Override
    public void close() {
        if (pixelAnalyzer != null) {
            pixelAnalyzer.close();
        }
    }
}
