package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.text.FrameTextReader;
import io.pixelscrub.detector.text.ReadLine;
import io.pixelscrub.detector.text.TextFindings;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.overlay.OverlayPlane;
import io.pixelscrub.scrubber.overlay.OverlayPlanes;
import io.pixelscrub.scrubber.timing.Stage;
import io.pixelscrub.scrubber.timing.StageTimes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Looks at the pixels of one file: overlay planes, overlay bits above the stored bits, and text burned into the frames
 * (located, read and judged against the file's own header). Engines are per worker thread; this class is thread-safe.
 */
public final class PixelAnalyzer implements AutoCloseable {
    private final DetectionSettings settings;
    private final PerThread<FrameTextReader> readers;
    private final Function<HeaderView, LineJudge> judges;
    /** Workers read large frames one at a time when together they would not fit the heap (-Xmx512m). */
    private final FrameMemoryGate memory = FrameMemoryGate.halfTheHeap();

    /**
     * @param readers one text reader per worker thread; null when text detection is off
     * @param judges  makes the line judge for one file's header (deny-list built from its values)
     */
    public PixelAnalyzer(DetectionSettings settings, PerThread<FrameTextReader> readers, Function<HeaderView, LineJudge> judges) {
        this.settings = settings;
        this.readers = settings.text() ? readers : null;
        this.judges = judges;
        if (settings.text() && (readers == null || judges == null)) {
            throw new IllegalArgumentException("text detection needs a text reader and a line judge");
        }
    }

    public PixelAnalysis analyze(DicomInput in, HeaderView header) throws IOException, InvalidDicomException {
        return analyze(in, header, new StageTimes());
    }

    /** As above, adding the time spent decoding, detecting, reading and classifying to {@code times}. */
    public PixelAnalysis analyze(DicomInput in, HeaderView header, StageTimes times) throws IOException, InvalidDicomException {
        if (in.module().isEmpty() || !in.hasPixelData() || !settings.overlays() && !settings.text()) {
            return PixelAnalysis.NONE;
        }
        PixelModule stored = in.module().get();
        LineJudge judge = readers != null ? judges.apply(header) : null;
        List<Finding> findings = new ArrayList<>();
        List<Integer> embeddedGroups = new ArrayList<>();
        if (settings.overlays()) {
            for (OverlayPlane plane : OverlayPlanes.read(in.header())) {
                if (plane.embedded()) {
                    embeddedGroups.add(plane.group());
                } else {
                    findings.addAll(planeFindings(plane, judge));
                }
            }
        }
        boolean scanBits = settings.overlays() && new StoredBits(stored).hasUnusedBits();
        if (!settings.text() && !scanBits) {
            return new PixelAnalysis(findings, false, embeddedGroups, 0);
        }
        long opening = System.nanoTime();
        try (FrameSource frames = Codecs.decoder(in)) {
            times.lap(Stage.DECODE, opening); // a tool decoder decodes the whole file here
            return analyzeFrames(in, frames, findings, embeddedGroups, scanBits, judge, times);
        }
    }

    private PixelAnalysis analyzeFrames(DicomInput in, FrameSource frames, List<Finding> findings, List<Integer> embeddedGroups,
                                        boolean scanBits, LineJudge judge, StageTimes times)
            throws IOException, InvalidDicomException {
        PixelModule decoded = frames.module();
        int n = frames.frameCount();
        // Text detection covers every frame (searched or proven unchanged), so every frame is decoded; overlay bits
        // are cheap to find in native data: every frame there too; without text, compressed data is sampled.
        Set<Integer> toRead = new TreeSet<>();
        if (readers != null || scanBits && TransferSyntaxes.isNative(in.transferSyntax())) {
            for (int i = 0; i < n; i++) {
                toRead.add(i);
            }
        } else if (scanBits) {
            toRead.addAll(FrameSampler.select(n, settings.maxFramesPerFile()));
        }
        StoredBits bits = new StoredBits(decoded);
        RawFrameBuilder builder = new RawFrameBuilder(decoded, DisplayHintsReader.read(in.header()));
        FrameTextCoverage text = readers != null ? new FrameTextCoverage(readers.get().sequence(), judge, n) : null;
        Box outside = null;
        byte[] bitsFrame = null;
        long workingSet = FrameMemoryGate.workingSet(decoded);
        for (int i : toRead) {
            FileBudget.current().check(); // a slow file stops at the next frame once over its time
            try (FrameMemoryGate.Held held = memory.hold(text != null ? workingSet : decoded.bytesPerFrame())) {
                long t0 = System.nanoTime();
                byte[] frame = frames.frame(i);
                long t1 = times.lap(Stage.DECODE, t0);
                if (scanBits) {
                    Box b = bits.outsideBitsBox(frame).orElse(null);
                    if (b != null) {
                        outside = outside == null ? b : outside.union(b);
                        if (bitsFrame == null) {
                            bitsFrame = frame;
                        }
                    }
                }
                if (text != null) {
                    FrameTextReader reader = readers.get();
                    long ocrBefore = reader.ocrClock().nanos();
                    text.add(i, builder.build(frame));
                    long ocr = reader.ocrClock().nanos() - ocrBefore;
                    times.add(Stage.OCR, ocr);
                    // rendering, the detector, turning, overlay bits; judging too (each distinct text once, small)
                    times.add(Stage.DETECT, System.nanoTime() - t1 - ocr);
                } else {
                    times.lap(Stage.DETECT, t1);
                }
            }
        }
        if (text != null) {
            findings.addAll(FramePropagation.propagate(text.findings(), n, false));
        }
        boolean clear = outside != null;
        if (clear) {
            findings.addAll(outsideBitsFindings(bitsFrame, decoded, bits, outside, judge));
        }
        return new PixelAnalysis(findings, clear, embeddedGroups, text != null ? text.covered() : 0);
    }

    /** An overlay plane with its own data: the header step removes it; its text is read for the report. */
    private List<Finding> planeFindings(OverlayPlane plane, LineJudge judge) {
        String reason = "overlay:" + plane.describe() + " removed";
        List<Finding> out = new ArrayList<>();
        if (readers != null && plane.rows() > 0) {
            List<ReadLine> lines = readers.get().read(OverlayBitmaps.ofPlane(plane));
            for (Finding f : TextFindings.judge(lines, 0, judge, FindingSource.OVERLAY)) {
                int dx = plane.originColumn() - 1;
                int dy = plane.originRow() - 1;
                out.add(f.withBox(moved(f.box(), dx, dy)).withLine(f.line() == null ? null : moved(f.line(), dx, dy))
                        .withFrames(Set.of()).withReason(reason + "; " + f.reason()));
            }
        }
        if (out.isEmpty()) {
            plane.boundsInImage().ifPresent(b -> out.add(new Finding(b, Set.of(), FindingSource.OVERLAY, Verdict.UNKNOWN, 1.0, reason)));
        }
        return out;
    }

    private static Box moved(Box b, int dx, int dy) {
        return new Box(b.x() + dx, b.y() + dy, b.width(), b.height());
    }

    /** Overlay bits above the stored bits: cleared on every frame; their text is read for the report. */
    private List<Finding> outsideBitsFindings(byte[] frame, PixelModule decoded, StoredBits bits, Box bounds, LineJudge judge) {
        String reason = "overlay:bits above HighBit cleared";
        List<Finding> out = new ArrayList<>();
        if (readers != null) {
            List<ReadLine> lines = readers.get().read(OverlayBitmaps.ofOutsideBits(frame, decoded, bits));
            for (Finding f : TextFindings.judge(lines, 0, judge, FindingSource.OVERLAY)) {
                out.add(f.withFrames(Set.of()).withReason(reason + "; " + f.reason()));
            }
        }
        if (out.isEmpty()) {
            out.add(new Finding(bounds, Set.of(), FindingSource.OVERLAY, Verdict.UNKNOWN, 1.0, reason));
        }
        return out;
    }

    @Override
    public void close() {
        if (readers != null) {
            readers.close();
        }
    }
}
