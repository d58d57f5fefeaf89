package io.pixelscrub.cli;

import io.pixelscrub.cli.RealTruth.Kind;
import io.pixelscrub.cli.RealTruth.Region;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.detector.text.FrameTextReader;
import io.pixelscrub.detector.text.OcrLine;
import io.pixelscrub.detector.text.PixelTextReader;
import io.pixelscrub.detector.text.ReadLine;
import io.pixelscrub.detector.text.TextEngineConfig;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.analysis.PerThread;
import io.pixelscrub.scrubber.analysis.PixelAnalysis;
import io.pixelscrub.scrubber.analysis.PixelAnalyzer;
import io.pixelscrub.scrubber.analysis.RedactionPolicy;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.run.TextStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Why device lines of the real files are redacted: runs pixel analysis (text detection and judging, as {@code scrub}
 * does, without series propagation) on every file of {@code testdata/real/PHI_REGIONS.tsv} and, for every device line a
 * redacted finding covers by more than 10 % of its box, prints the finding's rule and what OCR read; PHI lines a
 * redacted finding covers by less than 98 % are printed too. What the text engine read is kept in a cache folder
 * keyed by each frame's pixels, so changes to the classifier are measured again in seconds. Box areas stand in for
 * the text pixels {@link RealTruthReportTest} measures: the numbers are close to, not equal to, that test's.
 * Skipped unless asked: {@code mvn -o test -pl cli -Dtest=DeviceLineDiagnosis -Dpixelscrub.diag.devtext=CACHE_DIR}
 * ({@code -Dpixelscrub.diag.half=0|1} limits it to one half of the files, split by device: {@link #deviceHalf}).
 * It also prints where the pixels redacted outside PHI lines come from, by cause, by file and by region
 * ({@link OverRedaction}).
 * The real files' text is public sample data; the printout is for a developer's terminal only.
 */
class DeviceLineDiagnosis {

    @Test
    @EnabledIfSystemProperty(named = "pixelscrub.diag.devtext", matches = ".+")
    void printWhyDeviceLinesAreRedacted() throws Exception {
        Path cache = Path.of(System.getProperty("pixelscrub.diag.devtext"));
        Files.createDirectories(cache);
        String half = System.getProperty("pixelscrub.diag.half", "");
        String verbose = System.getProperty("pixelscrub.diag.verbose", "");
        Map<String, List<Region>> regions = RealTruth.regions();
        Path real = ScrubCommandTest.root().resolve("testdata/real");
        Path unzipped = Files.createTempDirectory("pixelscrub-diag");
        DetectionSettings settings = new DetectionSettings(false, true, true, RedactionPolicy.PHI,
                DetectionSettings.DEFAULT_MAX_FRAMES);
        TextEngineConfig config = TextEngineConfig.defaults().withDetectorThreads(2);
        Map<String, Integer> reasons = new TreeMap<>();
        OverRedaction over = new OverRedaction();
        int kept = 0;
        int devices = 0;
        int[] keptByHalf = new int[2];
        int[] devicesByHalf = new int[2];
        java.util.Set<String> halfFiles = new java.util.TreeSet<>();
        int hidden = 0;
        int phis = 0;
        StringBuilder out = new StringBuilder();
        try (PixelAnalyzer analyzer = new PixelAnalyzer(settings,
                new PerThread<FrameTextReader>(() -> new CachedReader(cache, config)), TextStack.judges())) {
            for (Map.Entry<String, List<Region>> e : regions.entrySet()) {
                String file = e.getKey();
                Path input = input(real, file, unzipped);
                List<Finding> redacted = new ArrayList<>();
                int frames;
                int fileHalf;
                int rows;
                int columns;
                try (DicomInput in = DicomFileReader.open(input)) {
                    AttributeListHeaderView header = new AttributeListHeaderView(in.header());
                    fileHalf = deviceHalf(header);
                    if (!half.isEmpty() && !half.equals(String.valueOf(fileHalf))) {
                        continue;
                    }
                    halfFiles.add(fileHalf + " " + file);
                    PixelAnalysis a = analyzer.analyze(in, header);
                    for (Finding f : a.findings()) {
                        if (!verbose.isEmpty() && file.contains(verbose)) {
                            out.append("  FINDING ").append(describe(f)).append(" | ").append(f.reason()).append('\n');
                        }
                        if (f.verdict() != Verdict.NOT_PHI) {
                            redacted.add(f);
                        }
                    }
                    frames = Math.max(1, a.framesAnalysed());
                    rows = in.module().map(m -> m.rows()).orElse(0);
                    columns = in.module().map(m -> m.columns()).orElse(0);
                }
                over.add(file, redacted, e.getValue(), frames, rows, columns);
                for (Region r : e.getValue()) {
                    if (r.kind() == Kind.NONE) {
                        if (!redacted.isEmpty()) {
                            out.append(String.format("NO-TEXT CHANGED %s: %d findings, first %s%n", file,
                                    redacted.size(), describe(redacted.get(0))));
                        }
                        continue;
                    }
                    double most = 0;
                    double least = 1;
                    Finding worst = null;
                    for (int frame = 0; frame < frames; frame++) {
                        double share = covered(r, redacted, frame);
                        least = Math.min(least, share);
                        if (share > most) {
                            most = share;
                            worst = largestOver(r, redacted, frame);
                        }
                    }
                    if (r.kind() == Kind.PHI) {
                        phis++;
                        if (least >= 0.98) {
                            hidden++;
                        } else {
                            out.append(String.format("PHI NOT HIDDEN %s %s (%d,%d %dx%d): %.2f covered%n", file,
                                    r.category(), r.x(), r.y(), r.width(), r.height(), least));
                        }
                    } else {
                        devices++;
                        devicesByHalf[fileHalf]++;
                        if (most <= 0.10) {
                            kept++;
                            keptByHalf[fileHalf]++;
                        } else {
                            String why = worst == null ? "?" : rule(worst);
                            reasons.merge(why, 1, Integer::sum);
                            out.append(String.format("DEVICE REDACTED %-55s %-18s %.2f | %s%n", file, r.category(), most,
                                    worst == null ? "" : describe(worst)));
                        }
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("| why a device line was redacted | lines |\n|---|---:|\n");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(r -> table.append("| ").append(r.getKey()).append(" | ").append(r.getValue()).append(" |\n"));
        System.out.println(out);
        System.out.println(table);
        System.out.println(over.table());
        halfFiles.forEach(f -> System.out.println("half " + f));
        System.out.printf(Locale.ROOT, "device kept by half: 0: %d/%d, 1: %d/%d%n", keptByHalf[0], devicesByHalf[0],
                keptByHalf[1], devicesByHalf[1]);
        System.out.printf(Locale.ROOT, "device kept %d/%d (%.4f), PHI hidden %d/%d (box areas, no templates, no series propagation)%n",
                kept, devices, kept / (double) Math.max(1, devices), hidden, phis);
    }

    /**
     * Half 0 or 1 of the real files, by a hash of the device that made them (Manufacturer and model): rules tuned on
     * one half are measured on devices they have not seen. The three encodings of a film fall in the same half.
     */
    static int deviceHalf(HeaderView header) {
        String device = String.join("|", header.values("Manufacturer")) + "/"
                + String.join("|", header.values("ManufacturerModelName"));
        return Math.floorMod(device.toUpperCase(Locale.ROOT).strip().hashCode(), 2);
    }

    /** The finding's rule without its numbers: "unknown:unexplained-text", "ocr:unsure", "header:PatientName"... */
    static String rule(Finding f) {
        String reason = f.reason();
        int colon = reason.indexOf("): ");
        String r = colon >= 0 ? reason.substring(colon + 3) : reason;
        r = r.replaceAll("\\([0-9.]+\\)", "").replaceAll("; on [0-9]+ analysed frame.*", "").replaceAll("\\s+", " ");
        if (r.contains("context:in a block of PHI lines")) {
            return "in a block of PHI lines";
        }
        if (r.contains("context:with its row neighbour")) {
            return "with its row neighbour";
        }
        return r.length() > 60 ? r.substring(0, 60) : r;
    }

    private static String describe(Finding f) {
        return String.format("%s %s [%s]%s box %d,%d %dx%d", f.verdict(), rule(f),
                f.text() == null ? "" : f.text().replace('\n', ' '), "", f.box().x(), f.box().y(), f.box().width(),
                f.box().height());
    }

    /** Share of the region's box that redacted findings of {@code frame} cover. */
    private static double covered(Region r, List<Finding> redacted, int frame) {
        int w = Math.max(1, r.width());
        int h = Math.max(1, r.height());
        boolean[] cover = new boolean[w * h];
        for (Finding f : redacted) {
            if (!f.appliesTo(frame)) {
                continue;
            }
            Box b = f.box();
            for (int y = Math.max(r.y(), b.y()); y < Math.min(r.y() + h, b.bottom()); y++) {
                for (int x = Math.max(r.x(), b.x()); x < Math.min(r.x() + w, b.right()); x++) {
                    cover[(y - r.y()) * w + x - r.x()] = true;
                }
            }
        }
        int n = 0;
        for (boolean c : cover) {
            n += c ? 1 : 0;
        }
        return n / (double) cover.length;
    }

    private static Finding largestOver(Region r, List<Finding> redacted, int frame) {
        Finding best = null;
        long bestArea = 0;
        Box box = new Box(r.x(), r.y(), Math.max(1, r.width()), Math.max(1, r.height()));
        for (Finding f : redacted) {
            if (f.appliesTo(frame) && f.box().intersects(box)) {
                long w = Math.min(box.right(), f.box().right()) - Math.max(box.x(), f.box().x());
                long h = Math.min(box.bottom(), f.box().bottom()) - Math.max(box.y(), f.box().y());
                if (w * h > bestArea) {
                    bestArea = w * h;
                    best = f;
                }
            }
        }
        return best;
    }

    private static Path input(Path real, String file, Path unzipped) throws IOException {
        if (!file.endsWith(".zip")) {
            return real.resolve(file);
        }
        Path target = unzipped.resolve(RealTruth.unzippedName(file));
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(
                    Files.newInputStream(real.resolve(file)))) {
                for (java.util.zip.ZipEntry ze = z.getNextEntry(); ze != null; ze = z.getNextEntry()) {
                    if (ze.getName().toLowerCase(Locale.ROOT).endsWith(".dcm")) {
                        Files.copy(z, target);
                        break;
                    }
                }
            }
        }
        return target;
    }

    /** The text engine's lines for a frame, read once and kept in the cache folder under a hash of the frame. */
    private static final class CachedReader implements FrameTextReader {
        private final Path cache;
        private final TextEngineConfig config;
        private PixelTextReader engine;

        CachedReader(Path cache, TextEngineConfig config) {
            this.cache = cache;
            this.config = config;
        }

        @Override
        public List<ReadLine> read(RawFrame frame) {
            Path file = cache.resolve(key(frame) + ".tsv");
            try {
                if (Files.exists(file)) {
                    return load(file);
                }
                if (engine == null) {
                    engine = PixelTextReader.open(config);
                }
                List<ReadLine> lines = engine.read(frame);
                save(file, lines);
                return lines;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static String key(RawFrame f) {
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                d.update((f.width() + "x" + f.height() + "x" + f.samplesPerPixel() + f.photometric() + f.bitsStored()
                        + f.signed() + f.hints()).getBytes(StandardCharsets.UTF_8));
                d.update(f.data());
                return HexFormat.of().formatHex(d.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void save(Path file, List<ReadLine> lines) throws IOException {
            List<String> rows = new ArrayList<>();
            for (ReadLine l : lines) {
                Box b = l.box();
                rows.add(String.join("\t", String.valueOf(b.x()), String.valueOf(b.y()), String.valueOf(b.width()),
                        String.valueOf(b.height()), String.valueOf(l.detectionScore()),
                        String.valueOf(l.ocr().confidence()), l.mapping(), String.valueOf(l.confirmed()),
                        String.valueOf(l.writing()), String.valueOf(l.vertical()),
                        Base64.getEncoder().encodeToString(l.ocr().text().getBytes(StandardCharsets.UTF_8)),
                        String.valueOf(l.second().confidence()),
                        Base64.getEncoder().encodeToString(l.second().text().getBytes(StandardCharsets.UTF_8)),
                        String.valueOf(l.phiOnly()), String.valueOf(l.engine().confidence()),
                        Base64.getEncoder().encodeToString(l.engine().text().getBytes(StandardCharsets.UTF_8))));
            }
            Files.write(file, rows);
        }

        private static List<ReadLine> load(Path file) throws IOException {
            List<ReadLine> out = new ArrayList<>();
            for (String row : Files.readAllLines(file)) {
                String[] c = row.split("\t", -1);
                ReadLine line = new ReadLine(new Box(Integer.parseInt(c[0]), Integer.parseInt(c[1]),
                        Integer.parseInt(c[2]), Integer.parseInt(c[3])), Double.parseDouble(c[4]),
                        new OcrLine(new String(Base64.getDecoder().decode(c[10]), StandardCharsets.UTF_8),
                                Double.parseDouble(c[5])), c[6], Boolean.parseBoolean(c[7]),
                        Boolean.parseBoolean(c[8]), Boolean.parseBoolean(c[9]),
                        c.length < 13 ? OcrLine.NOTHING : new OcrLine(new String(Base64.getDecoder().decode(c[12]),
                                StandardCharsets.UTF_8), Double.parseDouble(c[11])));
                // A line only the second engine found counts only as PHI: the cache keeps that (13th column).
                line = c.length > 13 && Boolean.parseBoolean(c[13]) ? line.asPhiOnly() : line;
                // The second engine's reading of an upright line Tesseract left open (15th and 16th columns).
                out.add(c.length > 15 ? line.withEngine(new OcrLine(new String(Base64.getDecoder().decode(c[15]),
                        StandardCharsets.UTF_8), Double.parseDouble(c[14]))) : line);
            }
            return out;
        }

        @Override
        public void close() {
            if (engine != null) {
                engine.close();
            }
        }
    }
}
