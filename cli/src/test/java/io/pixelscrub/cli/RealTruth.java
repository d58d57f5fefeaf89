package io.pixelscrub.cli;

import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The hand-annotated text truth of the real files ({@code testdata/real/PHI_REGIONS.tsv}: every burned-in text line
 * as a box, PHI or device, and the files without text) and one shared {@code scrub} of those files, so that
 * {@link RealPhiHiddenTest} and {@link RealTruthReportTest} in one JVM scrub once. Images are decoded with dcmtk/GDCM
 * ({@link ReferenceDecoder}), not with pixelscrub, and cached.
 */
final class RealTruth {
    static final String XA_OVERLAY_BITS = "dicompixelanon/XA_GE_JPEG_02_with_Overlays.dcm";

    enum Kind { PHI, DEVICE, NONE }

    record Region(String file, int x, int y, int width, int height, Kind kind, String category) {
        boolean contains(int px, int py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** The scrub's input and output folders and its exit code. */
    record Scrubbed(Path in, Path out, int exitCode) {
        Path input(String file) {
            return in.resolve(unzippedName(file));
        }

        Path output(String file) {
            return out.resolve(unzippedName(file));
        }
    }

    private static Scrubbed scrubbed;
    private static final Map<Path, ReferenceImage> DECODED = new ConcurrentHashMap<>();

    private RealTruth() {
    }

    /** Every row of the truth table, grouped by file in table order. */
    static Map<String, List<Region>> regions() throws IOException {
        Map<String, List<Region>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ScrubCommandTest.root().resolve("testdata/real/PHI_REGIONS.tsv"))) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            Region r = new Region(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                    Integer.parseInt(c[4]), Kind.valueOf(c[5].toUpperCase(java.util.Locale.ROOT)), c[6]);
            byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
        }
        return byFile;
    }

    /** Scrubs every file of the table (zips unpacked first) plus the XA overlay-bit file, once per JVM. */
    static synchronized Scrubbed scrubbed() throws IOException {
        if (scrubbed != null) {
            return scrubbed;
        }
        Path real = ScrubCommandTest.root().resolve("testdata/real");
        Path dir = Files.createTempDirectory("pixelscrub-real-truth");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        List<String> files = new ArrayList<>(regions().keySet());
        files.add(XA_OVERLAY_BITS);
        for (String f : files) {
            Path target = in.resolve(unzippedName(f));
            Files.createDirectories(target.getParent());
            if (f.endsWith(".zip")) {
                unzipSingleEntry(real.resolve(f), target);
            } else {
                Files.copy(real.resolve(f), target);
            }
        }
        int code = Main.commandLine().execute("scrub", in.toString(), "-o", out.toString());
        scrubbed = new Scrubbed(in, out, code);
        return scrubbed;
    }

    /** The reference decoding of {@code dicom}, cached for the JVM. */
    static ReferenceImage decode(Path dicom) {
        return DECODED.computeIfAbsent(dicom.toAbsolutePath(), p -> {
            try {
                return ReferenceDecoder.decode(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether the pixel lies in any of the boxes. */
    static boolean inAny(List<Region> boxes, int x, int y) {
        for (Region r : boxes) {
            if (r.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** A zipped single DICOM file ({@code X.zip}) is scrubbed as {@code X.dcm}. */
    static String unzippedName(String file) {
        return file.endsWith(".zip") ? file.substring(0, file.length() - 4) + ".dcm" : file;
    }

    /**
     * Share of the box's text pixels that the output changed on {@code frame}. A text pixel is one far from the box's
     * background (its most common value): at least half the box's strongest contrast.
     */
    static double hiddenShare(ReferenceImage before, ReferenceImage after, int frame, Region r) {
        int x1 = Math.min(before.columns(), r.x() + r.width());
        int y1 = Math.min(before.rows(), r.y() + r.height());
        int spp = before.samplesPerPixel();
        Map<Long, Integer> histogram = new HashMap<>();
        for (int y = r.y(); y < y1; y++) {
            for (int x = r.x(); x < x1; x++) {
                histogram.merge(pixel(before, frame, y, x, spp), 1, Integer::sum);
            }
        }
        long background = histogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int strongest = 0;
        for (int y = r.y(); y < y1; y++) {
            for (int x = r.x(); x < x1; x++) {
                strongest = Math.max(strongest, distance(pixel(before, frame, y, x, spp), background, spp));
            }
        }
        int text = 0;
        int changed = 0;
        for (int y = r.y(); y < y1; y++) {
            for (int x = r.x(); x < x1; x++) {
                long v = pixel(before, frame, y, x, spp);
                if (strongest > 0 && distance(v, background, spp) * 2 >= strongest) {
                    text++;
                    if (pixel(after, frame, y, x, spp) != v) {
                        changed++;
                    }
                }
            }
        }
        return text == 0 ? 1.0 : changed / (double) text;
    }

    /** All samples of one pixel packed into a long (16 bits per sample). */
    static long pixel(ReferenceImage image, int frame, int y, int x, int spp) {
        long v = 0;
        for (int c = 0; c < spp; c++) {
            v = v << 16 | (image.storedValue(frame, y, x, c) & 0xFFFF);
        }
        return v;
    }

    private static int distance(long a, long b, int spp) {
        int d = 0;
        for (int c = 0; c < spp; c++) {
            d = Math.max(d, Math.abs((int) (a >> (16 * c) & 0xFFFF) - (int) (b >> (16 * c) & 0xFFFF)));
        }
        return d;
    }

    private static void unzipSingleEntry(Path zip, Path target) throws IOException {
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (!e.isDirectory() && e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".dcm")) {
                    copy(z, target);
                    return;
                }
            }
        }
        throw new IOException("no .dcm entry in " + zip);
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }
}
