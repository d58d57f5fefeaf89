package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.DicomException;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.HeaderRegionDetector;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.analysis.DisplayHintsReader;
import io.pixelscrub.scrubber.analysis.PixelAnalysis;
import io.pixelscrub.scrubber.analysis.PixelAnalyzer;
import io.pixelscrub.scrubber.analysis.RedactionPolicy;
import io.pixelscrub.scrubber.codec.EncodedPixels;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.output.DicomFileWriter;
import io.pixelscrub.scrubber.overlay.OverlayGroupRemoval;
import io.pixelscrub.scrubber.timing.Stage;
import io.pixelscrub.scrubber.timing.StageTimes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One file, one pass: read, find regions (templates, overlays, text), decide, redact and re-encode, de-identify the
 * header, write atomically. Throws {@link InvalidDicomException} for files that cannot be processed safely, including
 * files whose pixels could not be analysed; the batch quarantines them.
 */
public final class FileScrubber implements FileProcessor {
    private final List<HeaderRegionDetector> detectors;
    private final PixelAnalyzer pixelAnalyzer;
    private final RedactionPolicy policy;
    private final HeaderProcessor headerProcessor;
    private final java.util.function.Predicate<Path> sampled;
    private final PixelAnalyzer unsampledAnalyzer;
    private final RedactionPolicy sampledPolicy;
    private final int pictureSide;

    /** Templates only (no pixel analysis). */
    public FileScrubber(List<HeaderRegionDetector> detectors, HeaderProcessor headerProcessor) {
        this(detectors, null, RedactionPolicy.PHI, headerProcessor);
    }

    /** @param pixelAnalyzer overlays and text in the pixels, or null to look at the header's templates only */
    public FileScrubber(List<HeaderRegionDetector> detectors, PixelAnalyzer pixelAnalyzer, RedactionPolicy policy,
                        HeaderProcessor headerProcessor) {
        this(detectors, pixelAnalyzer, policy, headerProcessor, null, null, null, 0);
    }

    private FileScrubber(List<HeaderRegionDetector> detectors, PixelAnalyzer pixelAnalyzer, RedactionPolicy policy,
                         HeaderProcessor headerProcessor, java.util.function.Predicate<Path> sampled,
                         PixelAnalyzer unsampledAnalyzer, RedactionPolicy sampledPolicy, int pictureSide) {
        this.detectors = List.copyOf(detectors);
        this.pixelAnalyzer = pixelAnalyzer;
        this.policy = policy;
        this.headerProcessor = headerProcessor;
        this.sampled = sampled;
        this.unsampledAnalyzer = unsampledAnalyzer;
        this.sampledPolicy = sampledPolicy;
        this.pictureSide = pictureSide;
    }

    /**
     * A templates-only run checked on a sample ({@link SampleCheck}): files {@code inSample} accepts get this scrubber's
     * pixel analysis (text detection included) and {@code samplePolicy} (what detection finds there is redacted too);
     * the others get {@code others} (overlays only, or null for none) and this scrubber's policy.
     */
    public FileScrubber withSample(java.util.function.Predicate<Path> inSample, PixelAnalyzer others, RedactionPolicy samplePolicy) {
        return new FileScrubber(detectors, pixelAnalyzer, policy, headerProcessor, inSample, others, samplePolicy, pictureSide);
    }

    /**
     * The same scrubber taking review pictures ({@link FileOutcome#pictures}), shrunk to {@code maxSide}, of the frames
     * a review shows ({@link ReviewFrames}) while it decodes them for redaction, so that a report's thumbnails need no
     * second decode; 0 takes none.
     */
    public FileScrubber withReviewPictures(int maxSide) {
        return new FileScrubber(detectors, pixelAnalyzer, policy, headerProcessor, sampled, unsampledAnalyzer, sampledPolicy,
                Math.max(0, maxSide));
    }

    private boolean inSample(Path input) {
        return sampled == null || sampled.test(input);
    }

    /**
     * What a file's pixels hold, and which series it belongs to, for series-level decisions before anything is written;
     * {@code stages}: the time this first pass took, by stage.
     */
    public record Analysed(PixelAnalysis pixels, String seriesKey, long analyseMs, StageTimes stages) { }

    @Override
    public FileOutcome scrub(Path input, Path output, Analysed known, List<Finding> extra) throws IOException, InvalidDicomException {
        return process(input, output, true, known, extra);
    }

    /** Detection and classification only: nothing is decoded for redaction, re-encoded or written. */
    public FileOutcome scan(Path input, Analysed known, List<Finding> extra) throws IOException, InvalidDicomException {
        return process(input, null, false, known, extra);
    }

    public FileOutcome scan(Path input) throws IOException, InvalidDicomException {
        return scan(input, null, List.of());
    }

    /** The first pass of a series-aware run: templates are cheap and left for the second. */
    public Analysed analyse(Path input) throws IOException, InvalidDicomException {
        long t0 = System.nanoTime();
        StageTimes stages = new StageTimes();
        try (DicomInput in = DicomFileReader.open(input)) {
            stages.lap(Stage.READ, t0);
            PixelAnalysis pixels = analyse(in, input, stages);
            return new Analysed(pixels, SeriesKey.of(in), (System.nanoTime() - t0) / 1_000_000, stages);
        }
    }

    private FileOutcome process(Path input, Path output, boolean rewrite, Analysed known, List<Finding> extra)
            throws IOException, InvalidDicomException {
        Map<String, Long> timings = new LinkedHashMap<>();
        StageTimes stages = new StageTimes();
        long t0 = System.nanoTime();
        try (DicomInput in = DicomFileReader.open(input)) {
            long t1 = lap(timings, "readMs", t0);
            stages.add(Stage.READ, t1 - t0);
            if (known != null) {
                stages.addAll(known.stages());
            }
            PixelAnalysis pixels = known != null ? known.pixels() : analyse(in, input, stages);
            RedactionPlan plan = plan(in, pixels, extra, sampled != null && inSample(input) ? sampledPolicy : policy);
            long t2 = lap(timings, "detectMs", t1);
            if (known != null) {
                timings.merge("detectMs", known.analyseMs(), Long::sum);   // analysed in the batch's first pass
            }
            String tsIn = in.transferSyntax();
            int frames = in.module().map(PixelModule::frames).orElse(0);
            boolean redact = in.hasPixelData() && !plan.leavesPixelsAlone();
            FileStatus status = redact ? FileStatus.SCRUBBED : FileStatus.CLEAN_UNTOUCHED;
            if (!rewrite) {
                return new FileOutcome(input, null, status, null, tsIn, null, frames, plan.redacted(), plan.kept(), timings,
                        stages, null);
            }
            InstanceIdentity.ensure(in.header(), in.source());
            OverlayGroupRemoval.remove(in.header(), pixels.embeddedOverlayGroups());
            // Clean Pixel Data was applied when pixels were redacted, or when the text detector examined them.
            boolean pixelsCleaned = redact || pixels.framesAnalysed() > 0;
            if (!in.hasPixelData()) {
                HeaderOutcome header = headerProcessor.deidentify(in.header(), false, List.of());
                long h = stages.lap(Stage.HEADER, t2);
                if (output != null) {
                    DicomFileWriter.write(in.header(), tsIn, null, output);
                }
                stages.lap(Stage.WRITE, h);
                lap(timings, "writeMs", t2);
                return new FileOutcome(input, output, FileStatus.CLEAN_UNTOUCHED, null, tsIn, tsIn, 0, List.of(), plan.kept(),
                        timings, stages, header);
            }
            ReviewPictureTaker pictures = redact && pictureSide > 0 ? new ReviewPictureTaker(
                    ReviewFrames.shown(plan.redacted(), plan.kept()), pictureSide, DisplayHintsReader.read(in.header())) : null;
            try (EncodedPixels encoded = redact ? PixelRewriter.redact(in, plan, stages, pictures) : PixelRewriter.untouched(in)) {
                long t3 = lap(timings, "redactMs", t2);
                if (redact) {
                    PixelModuleHeader.update(in.header(), encoded.module(), tsIn, encoded.transferSyntax());
                }
                HeaderOutcome header = headerProcessor.deidentify(in.header(), pixelsCleaned, plan.redacted());
                long h = stages.lap(Stage.HEADER, t3);
                if (output != null) {
                    DicomFileWriter.write(in.header(), encoded.transferSyntax(), encoded.payload(), output);
                }
                stages.lap(Stage.WRITE, h);
                lap(timings, "writeMs", t3);
                return new FileOutcome(input, output, status, null, tsIn, encoded.transferSyntax(), frames, plan.redacted(),
                        plan.kept(), timings, stages, header, pictures == null ? List.of() : pictures.pictures());
            }
        } catch (DicomException e) {
            throw new InvalidDicomException("cannot write DICOM (" + e.getMessage() + ")", e);
        }
    }

    private PixelAnalysis analyse(DicomInput in, Path input, StageTimes stages) throws IOException, InvalidDicomException {
        PixelAnalyzer analyzer = inSample(input) ? pixelAnalyzer : unsampledAnalyzer;
        if (analyzer == null) {
            return PixelAnalysis.NONE;
        }
        try {
            return analyzer.analyze(in, new AttributeListHeaderView(in.header()), stages);
        } catch (RuntimeException | LinkageError e) {
            // A file whose pixels could not be analysed is never passed as clean.
            // Our engines' messages name the failing step, never a value from the file.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidDicomException("pixel analysis failed (" + (why.length() > 200 ? why.substring(0, 200) : why) + ")", e);
        }
    }

    private RedactionPlan plan(DicomInput in, PixelAnalysis pixels, List<Finding> extra, RedactionPolicy policy) {
        if (in.module().isEmpty()) {
            return new RedactionPlan(List.of());
        }
        PixelModule m = in.module().get();
        AttributeListHeaderView view = new AttributeListHeaderView(in.header());
        List<Finding> findings = new ArrayList<>();
        for (HeaderRegionDetector d : detectors) {
            findings.addAll(d.detect(view, m.rows(), m.columns()));
        }
        findings.addAll(pixels.findings());
        findings.addAll(extra);
        List<Finding> redacted = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : mergeDuplicates(findings)) {
            Box clipped = f.box().clip(m.columns(), m.rows());
            if (clipped.isEmpty()) {
                continue;
            }
            (policy.redacts(f) ? redacted : kept).add(f.withBox(clipped));
        }
        return new RedactionPlan(redacted, kept, pixels.clearOutsideBits());
    }

    /** CTP and deid often describe the same device: one region, with every rule that asked for it. */
    static List<Finding> mergeDuplicates(List<Finding> findings) {
        Map<List<Object>, Finding> merged = new LinkedHashMap<>();
        for (Finding f : findings) {
            merged.merge(List.of(f.box(), f.frames(), f.source(), f.verdict()), f, (a, b) -> new Finding(a.box(), a.frames(),
                    a.source(), a.verdict(), Math.max(a.confidence(), b.confidence()), a.reason() + "; " + b.reason(),
                    a.text() != null ? a.text() : b.text()));
        }
        return new ArrayList<>(merged.values());
    }

    private static long lap(Map<String, Long> timings, String key, long since) {
        long now = System.nanoTime();
        timings.put(key, (now - since) / 1_000_000);
        return now;
    }
}
