package io.pixelscrub.cli;

import io.pixelscrub.cli.RealTruth.Kind;
import io.pixelscrub.cli.RealTruth.Region;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.models.Box;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the pixels redacted outside every PHI line come from, for {@link DeviceLineDiagnosis}: each such pixel of each
 * frame is charged to one redacted finding covering it (the first in the analysis' order), and counted under what that
 * finding covers (a PHI line of the truth: its margin and whatever the box holds beyond the line; a device line; no line
 * of the truth at all) and under the finding's rule. Box areas, without templates or series propagation: close to, not
 * equal to, {@link RealTruthReportTest}'s over-redaction, which compares the decoded pixels.
 */
final class OverRedaction {
    private final Map<String, Long> byCause = new TreeMap<>();
    private final Map<String, Long> byFile = new TreeMap<>();
    private final Map<String, Long> byFileCause = new TreeMap<>();
    private long outside;
    private long pixels;

    /** Adds one file's redacted findings, measured against its truth rows. */
    void add(String file, List<Finding> redacted, List<Region> truth, int frames, int rows, int columns) {
        pixels += (long) frames * rows * columns;
        List<Region> phi = truth.stream().filter(r -> r.kind() == Kind.PHI).toList();
        List<Region> device = truth.stream().filter(r -> r.kind() == Kind.DEVICE).toList();
        for (int frame = 0; frame < frames; frame++) {
            int[] owner = new int[rows * columns];
            java.util.Arrays.fill(owner, -1);
            for (int i = 0; i < redacted.size(); i++) {
                Finding f = redacted.get(i);
                if (!f.appliesTo(frame)) {
                    continue;
                }
                Box b = f.box().clip(columns, rows);
                for (int y = b.y(); y < b.bottom(); y++) {
                    for (int x = b.x(); x < b.right(); x++) {
                        if (owner[y * columns + x] < 0 && !RealTruth.inAny(phi, x, y)) {
                            owner[y * columns + x] = i;
                        }
                    }
                }
            }
            long[] count = new long[redacted.size()];
            for (int o : owner) {
                if (o >= 0) {
                    count[o]++;
                }
            }
            for (int i = 0; i < count.length; i++) {
                if (count[i] == 0) {
                    continue;
                }
                Finding f = redacted.get(i);
                String covers = touches(phi, f.box()) ? "PHI line + margin" : touches(device, f.box()) ? "device line"
                        : "no truth line";
                byCause.merge(String.format("%-17s | %-9s | %s", covers, f.source(), DeviceLineDiagnosis.rule(f)),
                        count[i], Long::sum);
                byFile.merge(file, count[i], Long::sum);
                byFileCause.merge(String.format("%-50s | %-17s | %s | %s", file, covers, DeviceLineDiagnosis.rule(f),
                        f.box()), count[i], Long::sum);
                outside += count[i];
            }
        }
    }

    String table() {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                "Over-redaction by cause (box areas outside PHI lines): %d of %d pixels, %.4f %%%n", outside, pixels,
                100.0 * outside / Math.max(1, pixels)));
        byCause.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> t.append(
                String.format(Locale.ROOT, "  %8d  %6.3f %%  %s%n", e.getValue(), 100.0 * e.getValue() / pixels, e.getKey())));
        t.append("Over-redaction by file:\n");
        byFile.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> t.append(
                String.format(Locale.ROOT, "  %8d  %6.3f %%  %s%n", e.getValue(), 100.0 * e.getValue() / pixels, e.getKey())));
        t.append("Over-redaction by file, cause and box (top 60):\n");
        byFileCause.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(60).forEach(
                e -> t.append(String.format(Locale.ROOT, "  %8d  %6.3f %%  %s%n", e.getValue(),
                        100.0 * e.getValue() / pixels, e.getKey())));
        return t.toString();
    }

    private static boolean touches(List<Region> regions, Box b) {
        for (Region r : regions) {
            if (b.intersects(new Box(r.x(), r.y(), Math.max(1, r.width()), Math.max(1, r.height())))) {
                return true;
            }
        }
        return false;
    }
}
