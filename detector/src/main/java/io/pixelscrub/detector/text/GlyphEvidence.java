package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Whether a region OCR could not read still looks like writing: a run of at least three letter-like marks side by
 * side. The text detector also fires on colour Doppler, tissue edges and photographs; when OCR reads nothing there,
 * this is the evidence that decides whether the region is text (unreadable text is still redacted) or a picture
 * (kept).
 * <ul>
 * <li>A mark is a connected component of one grey class of the box, at one of three thresholds: Otsu's, and Otsu's
 * inside each of its classes (text on a backdrop bar that only part of the box covers separates at the second level).
 * Both polarities are tried.</li>
 * <li>A letter-like mark is at least {@link #MIN_HEIGHT} px tall, no taller than the box, no wider than 2 heights (an m in a bold face is 1.6)
 * (a rule, a smear, a region), neither dust nor a filled blob (fill 0.08-0.9), made of strokes (its stroke width,
 * 2 x area / boundary pixels, at most {@link #MAX_STROKE_RATIO} of its height), and not the backdrop (touching three
 * edges of the box).</li>
 * <li>Marks chain when they share a baseline or a top line, differ in height by at most 1.6 (a lower-case letter
 * beside a capital), have similar strokes and stand at most 1.5 heights apart. Marks under a quarter of the box's
 * height need a chain of {@link #MIN_SMALL_CHARACTERS}.</li>
 * <li>Three quarters of the chain share a baseline or a top line.</li>
 * <li>The chain's band is clean: other marks of its class there weigh at most {@link #MAX_CLUTTER} of its ink.</li>
 * <li>Or two such marks on a flat ground ({@link #pairOnFlatGround}): initials on a backdrop box or a bar.</li>
 * </ul>
 */
public final class GlyphEvidence {
    /** Marks in one chain that make writing; two could be a pair of markers or a chance pair of speckles. */
    static final int MIN_CHARACTERS = 3;
    /** Smallest mark height: 8 px text has 5 px capitals; below that speckle dominates. */
    static final int MIN_HEIGHT = 5;
    /**
     * Marks shorter than this share of the box need a longer chain ({@link #MIN_SMALL_CHARACTERS}): a line's letters
     * fill at least a quarter of its box, and texture in a large box (hair, tissue) makes short runs of small marks;
     * a box the locator did not split into its lines holds small letters in long runs.
     */
    static final double SMALL_MARK_SHARE = 0.25;
    static final int MIN_SMALL_CHARACTERS = 5;
    /** Other ink allowed on a chain's band, beside the chain's own: punctuation, a letter that did not link. */
    static final double MAX_CLUTTER = 0.6;
    /**
     * Stroke width beside height: a letter's strokes are thin (bold sans: about 0.19 of the capital height); a filled
     * disc has 0.5; Doppler blobs and tissue speckle measured 0.25-0.3 (LOGIQ 700 files).
     */
    static final double MAX_STROKE_RATIO = 0.36;

    private GlyphEvidence() {
    }

    /** A connected mark: bounding box, pixel count and boundary pixel count. */
    record Mark(int x, int y, int width, int height, int area, int boundary) {
        double strokeWidth() {
            return 2.0 * area / Math.max(1, boundary);
        }
    }

    /** True when the box holds a chain of at least {@link #MIN_CHARACTERS} letter-like marks. */
    public static boolean looksLikeWriting(DisplayImage image, Box box) {
        return anyMarks(image, box, (marks, grey, w, h, threshold, bright) -> chained(marks, w, h)
                || pairOnFlatGround(marks, grey, w, h, threshold, bright));
    }

    /** A test of the marks found in a box at one threshold, bright or dark on the ground. */
    private interface MarksTest {
        boolean holds(List<Mark> marks, int[] grey, int w, int h, int threshold, boolean bright);
    }

    /** Whether {@code test} holds for the marks of {@code box} at any of its thresholds, bright or dark. */
    private static boolean anyMarks(DisplayImage image, Box box, MarksTest test) {
        Box b = box.clip(image.width(), image.height());
        if (b.width() < 3 || b.height() < MIN_HEIGHT) {
            return false;
        }
        int[] grey = luminance(image, b);
        for (int threshold : thresholds(grey)) {
            for (boolean bright : new boolean[] {true, false}) {
                if (test.holds(marks(grey, b.width(), b.height(), threshold, bright), grey, b.width(), b.height(),
                        threshold, bright)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two letter-like marks side by side on a flat ground ({@link #FLAT_GROUND}): initials, a sex and an age, an
     * operator's two letters, written on a backdrop box or a bar (tuning seeds 41 and 44: {@code JS} on a blue bar,
     * {@code M. F.} and {@code P. K.} on light boxes over anatomy, each in a detector box two to three times its letters'
     * height and kept as a picture without writing). A chain of three is not needed where the ground around the pair is
     * one flat value: speckle, tissue and Doppler, which make chance pairs, are never flat around them. Each mark at
     * least {@link #MIN_PAIR_HEIGHT} px and {@link #MIN_PAIR_SHARE} of the box tall, the two linked as a chain's marks
     * are (but up to {@link #PAIR_GAP} apart), and the band clean ({@link #clean}).
     */
    static boolean pairOnFlatGround(List<Mark> all, int[] grey, int w, int h, int threshold, boolean bright) {
        List<Mark> letters = new ArrayList<>();
        List<Mark> others = new ArrayList<>();
        for (Mark m : all) {
            if (backdrop(m, w, h)) continue;
            (letterLike(m, h) && m.height() >= Math.max(MIN_PAIR_HEIGHT, MIN_PAIR_SHARE * h) ? letters : others).add(m);
        }
        letters.sort(Comparator.comparingInt(Mark::x));
        for (int i = 0; i < letters.size(); i++) {
            for (int j = i + 1; j < letters.size(); j++) {
                Mark a = letters.get(i);
                Mark c = letters.get(j);
                if (linked(a, c, PAIR_GAP) && clean(List.of(a, c), letters, others, false)
                        && flatGround(a, c, grey, w, h, threshold, bright)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The widest gap of a {@link #pairOnFlatGround pair}, in letter heights: initials in a monospace face stand two
     * cells apart ({@code M. F.}: the point and a space between the letters).
     */
    static final double PAIR_GAP = 2.5;
    /** The smallest mark of a {@link #pairOnFlatGround pair}: the capitals of 11-12 px text; speckle seldom stands so tall. */
    static final int MIN_PAIR_HEIGHT = 8;
    /**
     * ... and at least this share of the box's height: the detector's box around two letters on a backdrop is two to
     * four times their height (tuning seeds 41 and 44); two small marks on a flat patch of a large box are no line the
     * box was drawn around (a 184x148 box over a radiograph's flat field, tuning seed 41).
     */
    static final double MIN_PAIR_SHARE = 0.15;
    /**
     * The ground around a pair, grown by a quarter of its height and away from the marks' own edges (antialiasing),
     * is flat when this share of it lies within {@link #GROUND_TOLERANCE} levels of its median.
     */
    static final double FLAT_GROUND = 0.92;
    /** The ground must be at least this share of the place around the pair (the letters and their edges aside). */
    static final double MIN_GROUND = 0.3;
    static final int GROUND_TOLERANCE = 12;

    private static boolean flatGround(Mark a, Mark c, int[] grey, int w, int h, int threshold, boolean bright) {
        // A quarter of the shorter mark's height: a J's or a g's descender would take the place past a tight backdrop.
        int grow = Math.max(2, (int) Math.round(0.25 * Math.min(a.height(), c.height())));
        int x0 = Math.max(0, Math.min(a.x(), c.x()) - grow);
        int y0 = Math.max(0, Math.min(a.y(), c.y()) - grow);
        int x1 = Math.min(w, Math.max(a.x() + a.width(), c.x() + c.width()) + grow);
        int y1 = Math.min(h, Math.max(a.y() + a.height(), c.y() + c.height()) + grow);
        int rw = x1 - x0;
        int rh = y1 - y0;
        // The pair's own pixels (its class, inside either mark's box), grown by a pixel for their antialiased edges.
        boolean[] pair = new boolean[rw * rh];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int v = grey[y * w + x];
                if ((bright ? v > threshold : v <= threshold) && (inside(a, x, y) || inside(c, x, y))) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int px = x - x0 + dx;
                            int py = y - y0 + dy;
                            if (px >= 0 && py >= 0 && px < rw && py < rh) pair[py * rw + px] = true;
                        }
                    }
                }
            }
        }
        // Everything else there is ground, other marks of the class included: a ground with other marks is no flat ground.
        int[] ground = new int[rw * rh];
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (!pair[(y - y0) * rw + x - x0]) {
                    ground[n++] = grey[y * w + x];
                }
            }
        }
        if (n < MIN_GROUND * ground.length) {
            return false;
        }
        java.util.Arrays.sort(ground, 0, n);
        int median = ground[n / 2];
        int near = 0;
        for (int i = 0; i < n; i++) {
            if (Math.abs(ground[i] - median) <= GROUND_TOLERANCE) near++;
        }
        return near >= FLAT_GROUND * n;
    }

    private static boolean inside(Mark m, int x, int y) {
        return x >= m.x() && y >= m.y() && x < m.x() + m.width() && y < m.y() + m.height();
    }

    /**
     * True when an upright box holds a chain of letter-like marks written along a vertical edge: the marks are looked
     * for in the picture turned a quarter turn clockwise ({@link QuarterTurn#clockwise}), where such letters stand
     * side by side (either way up: the chain has no direction).
     *
     * @param clockwise      the picture turned a quarter turn clockwise
     * @param uprightBox     the box in the upright picture
     * @param uprightHeight  the upright picture's height
     */
    public static boolean looksLikeTurnedWriting(DisplayImage clockwise, Box uprightBox, int uprightHeight) {
        return looksLikeWriting(clockwise, QuarterTurn.toTurned(uprightBox, uprightHeight));
    }

    /** Otsu's split of the box, and Otsu's split inside each of its two classes. */
    static int[] thresholds(int[] grey) {
        int t = Otsu.threshold(grey);
        int below = 0;
        for (int v : grey) {
            if (v <= t) below++;
        }
        int[] low = new int[below];
        int[] high = new int[grey.length - below];
        int l = 0;
        int h = 0;
        for (int v : grey) {
            if (v <= t) low[l++] = v;
            else high[h++] = v;
        }
        return IntStream.of(t, low.length > 1 ? Otsu.threshold(low) : t, high.length > 1 ? Otsu.threshold(high) : t)
                .distinct().toArray();
    }

    static boolean chained(List<Mark> all, int boxWidth, int boxHeight) {
        return chained(all, boxWidth, boxHeight, MIN_CHARACTERS);
    }

    /**
     * True when the box holds a chain of at least {@code characters} letter-like marks (small marks: at least
     * {@link #MIN_SMALL_CHARACTERS} too): more writing than a reading of fewer characters saw.
     */
    public static boolean holdsChainOf(DisplayImage image, Box box, int characters) {
        return anyMarks(image, box, (marks, grey, w, h, threshold, bright) -> chained(marks, w, h, characters));
    }

    private static boolean chained(List<Mark> all, int boxWidth, int boxHeight, int characters) {
        List<Mark> others = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (Mark m : all) {
            if (backdrop(m, boxWidth, boxHeight)) continue;
            (letterLike(m, boxHeight) ? marks : others).add(m);
        }
        marks.sort(Comparator.comparingInt(Mark::x));
        int n = marks.size();
        // Longest chain ending at each mark: marks sorted by x, each linked to a predecessor on its left.
        int[] chain = new int[n];
        int[] previous = new int[n];
        for (int i = 0; i < n; i++) {
            chain[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (chain[j] + 1 > chain[i] && linked(marks.get(j), marks.get(i))) {
                    chain[i] = chain[j] + 1;
                    previous[i] = j;
                }
            }
            boolean small = marks.get(i).height() < SMALL_MARK_SHARE * boxHeight;
            if (chain[i] >= (small ? Math.max(characters, MIN_SMALL_CHARACTERS) : characters)) {
                List<Mark> members = new ArrayList<>();
                for (int k = i; k >= 0; k = previous[k]) members.add(marks.get(k));
                if (aligned(members) && clean(members, marks, others, small)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Linked pairs may drift; a line does not: three quarters of the chain share one baseline or one top line (within
     * a fifth of the tallest mark).
     */
    static boolean aligned(List<Mark> members) {
        int tallest = members.stream().mapToInt(Mark::height).max().orElse(0);
        double tolerance = 0.2 * tallest + 1;
        int needed = (int) Math.ceil(0.75 * members.size());
        for (Mark ref : members) {
            int bottoms = 0;
            int tops = 0;
            for (Mark m : members) {
                if (Math.abs(m.y() + m.height() - ref.y() - ref.height()) <= tolerance) bottoms++;
                if (Math.abs(m.y() - ref.y()) <= tolerance) tops++;
            }
            if (bottoms >= needed || tops >= needed) return true;
        }
        return false;
    }

    /**
     * A line of writing stands on a clean band: within the chain's own extent, marks of the same class that are not
     * in the chain (speckle, blobs, the rest of a texture; letter-like ones at half weight beside large letters) weigh at most
     * {@link #MAX_CLUTTER} of the chain's own ink.
     * Texture makes chains by chance, but never without company.
     */
    static boolean clean(List<Mark> members, List<Mark> letters, List<Mark> others, boolean small) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        double ink = 0;
        for (Mark m : members) {
            x0 = Math.min(x0, m.x());
            y0 = Math.min(y0, m.y());
            x1 = Math.max(x1, m.x() + m.width());
            y1 = Math.max(y1, m.y() + m.height());
            ink += m.area();
        }
        double clutter = 0;
        for (List<Mark> group : List.of(letters, others)) {
            // A large letter-like mark off the chain is often a letter that did not link (a descender): half weight.
            // Small ones count in full: a line of small letters in a tall box has a clean band, speckle does not.
            double weight = group == letters && !small ? 0.5 : 1;
            for (Mark m : group) {
                if (members.contains(m)) continue;
                double ox = Math.max(0, Math.min(x1, m.x() + m.width()) - Math.max(x0, m.x()));
                double oy = Math.max(0, Math.min(y1, m.y() + m.height()) - Math.max(y0, m.y()));
                clutter += weight * m.area() * (ox / m.width()) * (oy / m.height());
            }
        }
        return clutter <= MAX_CLUTTER * ink;
    }

    static boolean backdrop(Mark m, int boxWidth, int boxHeight) {
        int edges = (m.x() == 0 ? 1 : 0) + (m.y() == 0 ? 1 : 0) + (m.x() + m.width() == boxWidth ? 1 : 0)
                + (m.y() + m.height() == boxHeight ? 1 : 0);
        return edges >= 3;
    }

    static boolean letterLike(Mark m, int boxHeight) {
        if (m.height() < MIN_HEIGHT || m.height() > boxHeight * 1.05 + 1) return false;
        if (m.width() > 2 * m.height()) return false;
        double fill = (double) m.area() / ((double) m.width() * m.height());
        if (fill < 0.08 || fill > 0.9) return false;
        return m.strokeWidth() <= Math.max(2.5, MAX_STROKE_RATIO * m.height());
    }

    static boolean linked(Mark left, Mark right) {
        return linked(left, right, 1.5);
    }

    /** As {@link #linked(Mark, Mark)}, with the largest gap between the two in heights of the taller. */
    static boolean linked(Mark left, Mark right, double maxGap) {
        double h = Math.max(left.height(), right.height());
        double ratio = h / Math.min(left.height(), right.height());
        int gap = right.x() - (left.x() + left.width());
        boolean baseline = Math.abs(left.y() + left.height() - right.y() - right.height()) <= 0.2 * h + 1;
        boolean topline = Math.abs(left.y() - right.y()) <= 0.2 * h + 1;
        double strokes = Math.max(left.strokeWidth(), right.strokeWidth())
                / Math.min(left.strokeWidth(), right.strokeWidth());
        return ratio <= 1.6 && (baseline || topline) && strokes <= 1.6 && gap <= maxGap * h && gap > -0.3 * h;
    }

    private static int[] luminance(DisplayImage image, Box b) {
        int[] out = new int[b.width() * b.height()];
        byte[] p = image.pixels();
        int c = image.channels();
        for (int y = 0; y < b.height(); y++) {
            for (int x = 0; x < b.width(); x++) {
                int i = ((b.y() + y) * image.width() + b.x() + x) * c;
                out[y * b.width() + x] = c == 1 ? p[i] & 0xFF
                        : ((p[i] & 0xFF) * 299 + (p[i + 1] & 0xFF) * 587 + (p[i + 2] & 0xFF) * 114) / 1000;
            }
        }
        return out;
    }

    /** 8-connected components of the chosen class, with their boundary pixel counts. */
    static List<Mark> marks(int[] grey, int w, int h, int threshold, boolean bright) {
        boolean[] fg = new boolean[grey.length];
        for (int i = 0; i < grey.length; i++) fg[i] = bright ? grey[i] > threshold : grey[i] <= threshold;
        boolean[] seen = new boolean[grey.length];
        int[] stack = new int[grey.length];
        List<Mark> out = new ArrayList<>();
        for (int start = 0; start < grey.length; start++) {
            if (!fg[start] || seen[start]) continue;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int minX = w, minY = h, maxX = -1, maxY = -1, area = 0, boundary = 0;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w;
                int y = i / w;
                area++;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1 || !fg[i - 1] || !fg[i + 1] || !fg[i - w] || !fg[i + w]) {
                    boundary++;
                }
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w) continue;
                        int j = ny * w + nx;
                        if (fg[j] && !seen[j]) {
                            seen[j] = true;
                            stack[top++] = j;
                        }
                    }
                }
            }
            out.add(new Mark(minX, minY, maxX - minX + 1, maxY - minY + 1, area, boundary));
        }
        return out;
    }
}
