package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.DicomException;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.HeaderRegionDetector;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.codec.EncodedPixels;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.output.DicomFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One file, one pass: read, find regions, redact and re-encode, de-identify the header, write atomically.
 * Throws {@link InvalidDicomException} for files that cannot be processed safely; the batch quarantines them.
 */
public final class FileScrubber implements FileProcessor {
    private final List<HeaderRegionDetector> detectors;
    private final HeaderProcessor headerProcessor;

    public FileScrubber(List<HeaderRegionDetector> detectors, HeaderProcessor headerProcessor) {
        this.detectors = List.copyOf(detectors);
        this.headerProcessor = headerProcessor;
    }

    @Override
    public FileOutcome scrub(Path input, Path output) throws IOException, InvalidDicomException {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (DicomInput in = DicomFileReader.open(input)) {
            long t1 = lap(timings, "readMs", t0);
            RedactionPlan plan = plan(in);
            long t2 = lap(timings, "detectMs", t1);
            String tsIn = in.transferSyntax();
            InstanceIdentity.ensure(in.header());
            if (!in.hasPixelData()) {
                headerProcessor.apply(in.header(), false, List.of());
                if (output != null) {
                    DicomFileWriter.write(in.header(), tsIn, null, output);
                }
                lap(timings, "writeMs", t2);
                return new FileOutcome(input, output, FileStatus.CLEAN_UNTOUCHED, null, tsIn, tsIn, 0, List.of(), timings);
            }
            boolean redact = !plan.isEmpty();
            try (EncodedPixels pixels = redact ? PixelRewriter.redact(in, plan) : PixelRewriter.untouched(in)) {
                long t3 = lap(timings, "redactMs", t2);
                if (redact) {
                    PixelModuleHeader.update(in.header(), pixels.module(), tsIn, pixels.transferSyntax());
                }
                headerProcessor.apply(in.header(), redact, plan.findings());
                if (output != null) {
                    DicomFileWriter.write(in.header(), pixels.transferSyntax(), pixels.payload(), output);
                }
                lap(timings, "writeMs", t3);
                return new FileOutcome(input, output, redact ? FileStatus.SCRUBBED : FileStatus.CLEAN_UNTOUCHED, null, tsIn,
                        pixels.transferSyntax(), in.module().map(PixelModule::frames).orElse(0), plan.findings(), timings);
            }
        } catch (DicomException e) {
            throw new InvalidDicomException("cannot write DICOM (" + e.getMessage() + ")", e);
        }
    }

    private RedactionPlan plan(DicomInput in) {
        if (in.module().isEmpty()) {
            return new RedactionPlan(List.of());
        }
        PixelModule m = in.module().get();
        AttributeListHeaderView view = new AttributeListHeaderView(in.header());
        List<Finding> findings = new ArrayList<>();
        for (HeaderRegionDetector d : detectors) {
            for (Finding f : d.detect(view, m.rows(), m.columns())) {
                Box clipped = f.box().clip(m.columns(), m.rows());
                if (!clipped.isEmpty()) {
                    findings.add(new Finding(clipped, f.frames(), f.source(), f.verdict(), f.confidence(), f.reason()));
                }
            }
        }
        return new RedactionPlan(mergeDuplicates(findings));
    }

    /** CTP and deid often describe the same device: one region, with every rule that asked for it. */
    static List<Finding> mergeDuplicates(List<Finding> findings) {
        Map<List<Object>, Finding> merged = new LinkedHashMap<>();
        for (Finding f : findings) {
            merged.merge(List.of(f.box(), f.frames(), f.source(), f.verdict()), f, (a, b) -> new Finding(a.box(), a.frames(),
                    a.source(), a.verdict(), Math.max(a.confidence(), b.confidence()), a.reason() + "; " + b.reason()));
        }
        return new ArrayList<>(merged.values());
    }

    private static long lap(Map<String, Long> timings, String key, long since) {
        long now = System.nanoTime();
        timings.put(key, (now - since) / 1_000_000);
        return now;
    }
}
