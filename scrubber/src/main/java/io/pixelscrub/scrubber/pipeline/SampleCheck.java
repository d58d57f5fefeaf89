package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check of a templates-only run ({@code --redact templates}): text detection runs on a deterministic sample of the
 * files, and what it judges PHI outside the applied template regions is reported. The sample is the files whose
 * hash (SHA-256 of the sample seed and the path relative to its input folder) falls under the fraction, plus, for each
 * device, its file of smallest hash, so every device is checked at least once and a run repeats exactly.
 */
public final class SampleCheck {
    /** The default share of files checked with text detection. */
    public static final double DEFAULT_FRACTION = 0.01;
    /**
     * A detector line counts as covered when the template regions hold this share of its middle: the box less a fifth
     * of its height on every side, about the margin detection puts around the glyphs.
     */
    public static final double COVERED = 0.9;

    /** A sampled file where detection found PHI outside the applied templates. */
    public record Miss(Path input, String device, List<Finding> outside) { }

    private SampleCheck() {
    }

    /**
     * @param files    each file's path relative to its input folder, and its device (a label; null when unreadable)
     * @param fraction 0..1
     * @return the files to check (keys of {@code files})
     */
    public static <K> Set<K> choose(Map<K, String[]> files, double fraction, String seed) {
        Map<String, K> best = new LinkedHashMap<>();
        Map<String, Double> bestHash = new LinkedHashMap<>();
        Set<K> chosen = new HashSet<>();
        if (fraction <= 0) {
            return chosen;
        }
        for (Map.Entry<K, String[]> e : files.entrySet()) {
            String relative = e.getValue()[0];
            String device = e.getValue()[1];
            double h = hash(seed, relative);
            if (h < fraction) {
                chosen.add(e.getKey());
            }
            if (device != null && (!bestHash.containsKey(device) || h < bestHash.get(device)
                    || h == bestHash.get(device) && relative.compareTo(files.get(best.get(device))[0]) < 0)) {
                bestHash.put(device, h);
                best.put(device, e.getKey());
            }
        }
        chosen.addAll(best.values());
        return chosen;
    }

    /** A number in [0, 1) from the seed and the relative path. */
    static double hash(String seed, String relative) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((seed + "\u0000" + relative.replace('\\', '/'))
                    .getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 7; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v / (double) (1L << 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The detector lines judged PHI in {@code o} that the template regions applied to it do not cover (less than
     * {@link #COVERED} of their area inside a template region). Lines copied from other instances of a series are not
     * the sample's own evidence and are left out.
     */
    public static List<Finding> outsideTemplates(FileOutcome o) {
        List<Box> templates = new ArrayList<>();
        List<Finding> lines = new ArrayList<>();
        for (List<Finding> list : List.of(o.redacted(), o.kept())) {
            for (Finding f : list) {
                if (f.source() == FindingSource.TEMPLATE) {
                    templates.add(f.box());
                } else if (f.source() == FindingSource.DETECTOR && f.verdict() == Verdict.PHI && !f.reason().startsWith("series:")) {
                    lines.add(f);
                }
            }
        }
        List<Finding> outside = new ArrayList<>();
        for (Finding f : lines) {
            if (covered(middle(f.box()), templates) < COVERED) {
                outside.add(f);
            }
        }
        outside.sort(Comparator.comparingInt((Finding f) -> f.box().y()).thenComparingInt(f -> f.box().x()));
        return outside;
    }

    static Box middle(Box b) {
        int m = (int) Math.round(0.2 * b.height());
        int w = Math.max(1, b.width() - 2 * m);
        int h = Math.max(1, b.height() - 2 * m);
        return new Box(b.x() + (b.width() - w) / 2, b.y() + (b.height() - h) / 2, w, h);
    }

    static double covered(Box box, List<Box> regions) {
        long area = (long) box.width() * box.height();
        if (area <= 0) {
            return 1;
        }
        long n = 0;
        for (int y = box.y(); y < box.bottom(); y++) {
            for (int x = box.x(); x < box.right(); x++) {
                for (Box r : regions) {
                    if (r.contains(x, y)) {
                        n++;
                        break;
                    }
                }
            }
        }
        return (double) n / area;
    }
}
