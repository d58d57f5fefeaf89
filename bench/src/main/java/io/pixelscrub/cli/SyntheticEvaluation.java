package io.pixelscrub.cli;

import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.Scrubber;
import io.pixelscrub.HeaderOptions;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import io.pixelscrub.testdata.synthetic.CorpusSpec;
import io.pixelscrub.testdata.synthetic.Mix;
import io.pixelscrub.testdata.synthetic.SyntheticCorpus;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the whole detection and redaction stack against the synthetic corpus's ground truth: how much burned-in PHI
 * was hidden, how many images that needed nothing kept their pixel data byte-identical, how many device annotations
 * were kept, how much was redacted that held no text, and the time per frame by image size. Used by a test (at fixed
 * seeds) and by {@code pixelscrub bench synthetic}. {@link Result#breakdown()} slices the PHI recall and the device
 * annotations kept by PHI category, header attribute, text height, rotation, font, transfer syntax and device category.
 */
final class SyntheticEvaluation {
    /** A text item is hidden on a frame when redacted boxes cover this share of its box. */
    static final double HIDDEN_COVERAGE = 0.995;
    /** A device annotation is kept when redaction covers at most this share of its box. */
    static final double KEPT_COVERAGE = 0.10;
    /**
     * With {@code -Dpixelscrub.eval.texts=true} every miss also shows the drawn text and what OCR read there, for
     * development (synthetic text is not PHI). Off by default.
     */
    private static final boolean SHOW_TEXTS = Boolean.getBoolean("pixelscrub.eval.texts");

    record Result(int phiItems, int phiHidden, int identicalExpected, int identicalKept, int deviceItems, int deviceKept,
                  long imagePixels, long redactedPixels, long redactedOutsideText, int quarantined,
                  Map<String, double[]> msPerFrameBySize, List<String> misses, RecallBreakdown breakdown) {

        double phiHiddenRate() { return phiItems == 0 ? 1 : phiHidden / (double) phiItems; }

        double identicalRate() { return identicalExpected == 0 ? 1 : identicalKept / (double) identicalExpected; }

        double deviceKeptRate() { return deviceItems == 0 ? 1 : deviceKept / (double) deviceItems; }

        /** Share of all pixels redacted although no text lay there. */
        double overRedaction() { return imagePixels == 0 ? 0 : redactedOutsideText / (double) imagePixels; }

        String summary() {
            StringBuilder s = new StringBuilder(String.format(
                    "PHI hidden %d/%d (%.1f %%); clean images byte-identical %d/%d (%.1f %%); device annotations kept %d/%d (%.1f %%); "
                            + "over-redaction %.2f %% of pixels; quarantined %d",
                    phiHidden, phiItems, 100 * phiHiddenRate(), identicalKept, identicalExpected, 100 * identicalRate(),
                    deviceKept, deviceItems, 100 * deviceKeptRate(), 100 * overRedaction(), quarantined));
            msPerFrameBySize.forEach((k, v) -> s.append(String.format("%n  %-22s %6.0f ms/frame over %d frames", k, v[0], (long) v[1])));
            return s.toString();
        }

        /** The totals and every slice, as plain maps for a JSON writer. */
        Map<String, Object> asMap() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("phiItems", phiItems);
            m.put("phiHidden", phiHidden);
            m.put("phiHiddenRate", phiHiddenRate());
            m.put("identicalExpected", identicalExpected);
            m.put("identicalKept", identicalKept);
            m.put("identicalRate", identicalRate());
            m.put("deviceItems", deviceItems);
            m.put("deviceKept", deviceKept);
            m.put("deviceKeptRate", deviceKeptRate());
            m.put("overRedaction", overRedaction());
            m.put("quarantined", quarantined);
            Map<String, Object> timing = new java.util.LinkedHashMap<>();
            msPerFrameBySize.forEach((k, v) -> timing.put(k, Map.of("msPerFrame", v[0], "frames", (long) v[1])));
            m.put("msPerFrameBySize", timing);
            m.put("breakdown", breakdown.asMap());
            return m;
        }
    }

    private SyntheticEvaluation() {
    }

    /**
     * Generates the corpus with {@code mix} ({@link Mix#DEFAULT}: the honest corpus; {@link Mix#LEGACY}: the corpus
     * before it) in {@code work}/corpus, scrubs it to {@code work}/out with the default detection, scores it.
     */
    static Result run(Path work, long seed, int cases, int threads, Mix mix) throws IOException, InterruptedException {
        Scrubbed s = scrub(work, seed, cases, threads, mix);
        return score(s.truth(), s.corpus(), work.resolve("out"), s.outcomes());
    }

    /** A generated corpus ({@code work}/corpus) and what the default detection did to it ({@code work}/out). */
    record Scrubbed(GroundTruth truth, Path corpus, List<FileOutcome> outcomes) { }

    /** Generates the corpus and scrubs it with the default detection, unscored: for diagnostics that read the findings. */
    static Scrubbed scrub(Path work, long seed, int cases, int threads, Mix mix) throws IOException, InterruptedException {
        Path corpus = work.resolve("corpus");
        GroundTruth truth = SyntheticCorpus.generate(CorpusSpec.defaults(seed, cases).withMix(mix).withThreads(threads),
                corpus);
        Path out = work.resolve("out");
        List<FileOutcome> outcomes;
        DetectionSettings d = DetectionSettings.all();
        try (Scrubber scrubber = Scrubber.open(ScrubberOptions.defaults().withDetection(d)
                .withHeader(HeaderOptions.inMemory("synthetic-evaluation-key-0001")))) {
            BatchScrubber batch = scrubber.batch(out, new Quarantine(work.resolve("quarantine")), BatchScrubber.Mode.WRITE, threads);
            outcomes = batch.run(InputFiles.expand(List.of(corpus), List.of()), new BatchScrubber.Listener() {
                @Override
                public void started(int total) { }

                @Override
                public void finished(FileOutcome outcome) { }
            });
        }
        return new Scrubbed(truth, corpus, outcomes);
    }

    static Result score(GroundTruth truth, Path corpus, Path out, List<FileOutcome> outcomes) throws IOException {
        Map<Path, FileOutcome> byInput = new HashMap<>();
        outcomes.forEach(o -> byInput.put(o.input().toAbsolutePath().normalize(), o));
        int phiItems = 0;
        int phiHidden = 0;
        int identicalExpected = 0;
        int identicalKept = 0;
        int deviceItems = 0;
        int deviceKept = 0;
        int quarantined = 0;
        long imagePixels = 0;
        long redactedPixels = 0;
        long redactedOutsideText = 0;
        Map<String, double[]> timing = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        RecallBreakdown breakdown = new RecallBreakdown();
        for (CaseTruth c : truth.cases()) {
            FileOutcome o = byInput.get(corpus.resolve(c.file()).toAbsolutePath().normalize());
            boolean failed = o == null || o.status().failed();
            if (failed) {
                quarantined++;
                misses.add(c.file() + ": quarantined (" + (o == null ? "no outcome" : o.reason()) + ")");
            }
            for (int f = 0; f < c.frames(); f++) {
                boolean[] mask = failed ? null : redactedMask(o, f, c.columns(), c.rows());
                imagePixels += (long) c.columns() * c.rows();
                if (mask != null) {
                    boolean[] text = textMask(c, f);
                    for (int i = 0; i < mask.length; i++) {
                        if (mask[i]) {
                            redactedPixels++;
                            if (!text[i]) {
                                redactedOutsideText++;
                            }
                        }
                    }
                }
                for (TextTruth t : c.texts()) {
                    if (!t.frames().contains(f)) {
                        continue;
                    }
                    double covered = mask == null ? 0 : coverage(mask, c.columns(), t.box());
                    breakdown.add(c, t, !failed && (t.isPhi() ? covered >= HIDDEN_COVERAGE : covered <= KEPT_COVERAGE));
                    if (t.isPhi()) {
                        phiItems++;
                        if (!failed && covered >= HIDDEN_COVERAGE) {
                            phiHidden++;
                        } else if (!failed) {
                            misses.add(String.format("%s frame %d: PHI %s (%d px, %s) %.0f %% covered%s", c.file(), f, t.category(),
                                    t.box().height(), t.style() == null ? "" : t.style(), 100 * covered, texts(t, o, f)));
                        }
                    } else {
                        deviceItems++;
                        if (!failed && covered <= KEPT_COVERAGE) {
                            deviceKept++;
                        } else if (!failed && f == 0) {
                            String why = o.redacted().stream().filter(x -> x.appliesTo(0) && x.box().intersects(new Box(t.box().x(),
                                    t.box().y(), t.box().width(), t.box().height()))).map(x -> x.source() + " " + x.reason())
                                    .findFirst().orElse("?");
                            misses.add(c.file() + ": device " + t.category() + " redacted: " + why + texts(t, o, f));
                        }
                    }
                }
            }
            if (!failed) {
                for (Finding x : o.redacted()) {
                    boolean onText = c.texts().stream().anyMatch(t -> x.box().intersects(new Box(t.box().x(), t.box().y(),
                            t.box().width(), t.box().height())));
                    if (!onText && x.source() == io.pixelscrub.detector.FindingSource.DETECTOR) {
                        misses.add(c.file() + ": redacted where no text is " + x.box() + " " + x.verdict() + " " + x.reason());
                    }
                }
            }
            if (c.pixelsMustStayIdentical()) {
                identicalExpected++;
                if (!failed && Arrays.equals(pixelDigest(corpus.resolve(c.file())), pixelDigest(out.resolve(c.file())))) {
                    identicalKept++;
                } else if (!failed) {
                    misses.add(c.file() + ": " + c.kind() + " image re-encoded (" + o.redacted().size() + " finding(s) redacted)");
                }
            }
            if (!failed && o.frames() > 0) {
                long ms = o.timingsMs().values().stream().mapToLong(Long::longValue).sum();
                double[] acc = timing.computeIfAbsent(sizeClass(c), k -> new double[3]);
                acc[2] += ms;
                acc[1] += o.frames();
                acc[0] = acc[2] / acc[1];
            }
        }
        return new Result(phiItems, phiHidden, identicalExpected, identicalKept, deviceItems, deviceKept, imagePixels,
                redactedPixels, redactedOutsideText, quarantined, timing, misses, breakdown);
    }

    /**
     * The drawn text and the OCR text of every finding over it, with the rule that decided it, when
     * {@link #SHOW_TEXTS} is on.
     */
    private static String texts(TextTruth t, FileOutcome o, int f) {
        if (!SHOW_TEXTS) {
            return "";
        }
        Box tb = new Box(t.box().x(), t.box().y(), t.box().width(), t.box().height());
        StringBuilder s = new StringBuilder(" [truth '" + t.text() + "' at " + tb + "; read:");
        for (List<Finding> list : List.of(o.redacted(), o.kept())) {
            for (Finding x : list) {
                if (x.appliesTo(f) && x.box().intersects(tb)) {
                    s.append(" '").append(x.text()).append("' ").append(x.box()).append(' ').append(x.verdict())
                            .append(" {").append(x.reason()).append('}');
                }
            }
        }
        return s.append(']').toString();
    }

    private static String sizeClass(CaseTruth c) {
        long px = (long) c.rows() * c.columns();
        return px <= 400_000 ? "up to 0.4 MP" : px <= 1_000_000 ? "0.4-1 MP" : px <= 3_000_000 ? "1-3 MP" : "over 3 MP";
    }

    /** Pixels of frame {@code f} inside any redacted finding that paints the image (overlay findings remove planes). */
    private static boolean[] redactedMask(FileOutcome o, int f, int columns, int rows) {
        boolean[] mask = new boolean[columns * rows];
        for (Finding x : o.redacted()) {
            if (x.source() == io.pixelscrub.detector.FindingSource.OVERLAY || !x.appliesTo(f)) {
                continue;
            }
            Box b = x.box().clip(columns, rows);
            for (int y = b.y(); y < b.bottom(); y++) {
                Arrays.fill(mask, y * columns + b.x(), y * columns + b.right(), true);
            }
        }
        return mask;
    }

    private static boolean[] textMask(CaseTruth c, int f) {
        boolean[] mask = new boolean[c.columns() * c.rows()];
        for (TextTruth t : c.texts()) {
            if (t.frames().contains(f)) {
                io.pixelscrub.testdata.synthetic.truth.Box b = t.box();
                for (int y = Math.max(0, b.y()); y < Math.min(c.rows(), b.bottom()); y++) {
                    Arrays.fill(mask, y * c.columns() + Math.max(0, b.x()), y * c.columns() + Math.min(c.columns(), b.right()), true);
                }
            }
        }
        return mask;
    }

    private static double coverage(boolean[] mask, int columns, io.pixelscrub.testdata.synthetic.truth.Box b) {
        long in = 0;
        long total = 0;
        for (int y = Math.max(0, b.y()); y < b.bottom() && y < mask.length / columns; y++) {
            for (int x = Math.max(0, b.x()); x < b.right() && x < columns; x++) {
                total++;
                if (mask[y * columns + x]) {
                    in++;
                }
            }
        }
        return total == 0 ? 1 : in / (double) total;
    }

    /** SHA-256 of the Pixel Data value as stored (encapsulated items included), or null when the file is unreadable. */
    static byte[] pixelDigest(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DicomInput in = DicomFileReader.open(file); FileChannel ch = FileChannel.open(in.pixelFile())) {
            if (!in.hasPixelData()) {
                return new byte[0];
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ch.position(in.location().valueOffset());
            long left = in.location().valueLength();
            InputStream s = Channels.newInputStream(ch);
            byte[] buf = new byte[1 << 16];
            while (left > 0) {
                int n = s.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    break;
                }
                md.update(buf, 0, n);
                left -= n;
            }
            return md.digest();
        } catch (Exception e) {
            return null;
        }
    }
}
