package io.pixelscrub.detector.template;

import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The part of an image outside a set of keep boxes, as non-overlapping rectangles.
 * Grid decomposition over all keep-box edges; uncovered cells are merged into horizontal runs per band, and a run
 * continues the rectangle above it when it spans exactly the same columns. Not minimal, but small and exact.
 */
final class BoxComplement {

    private BoxComplement() {
    }

    static List<Box> of(List<Box> keep, int columns, int rows) {
        List<Box> clipped = keep.stream().map(b -> b.clip(columns, rows)).filter(b -> !b.isEmpty()).toList();
        int[] xs = edges(clipped, columns, true);
        int[] ys = edges(clipped, rows, false);
        List<Box> done = new ArrayList<>();
        List<Box> open = new ArrayList<>(); // rectangles that end at the current band's top
        for (int j = 0; j + 1 < ys.length; j++) {
            int y0 = ys[j];
            int y1 = ys[j + 1];
            List<int[]> runs = new ArrayList<>();
            int runStart = -1;
            for (int i = 0; i + 1 < xs.length; i++) {
                boolean covered = covered(clipped, xs[i], y0);
                if (!covered && runStart < 0) {
                    runStart = xs[i];
                }
                if ((covered || i + 2 == xs.length) && runStart >= 0) {
                    runs.add(new int[] {runStart, covered ? xs[i] : xs[i + 1]});
                    runStart = -1;
                }
            }
            List<Box> next = new ArrayList<>();
            for (int[] run : runs) {
                Box above = open.stream().filter(b -> b.x() == run[0] && b.right() == run[1]).findFirst().orElse(null);
                if (above != null) {
                    open.remove(above);
                    next.add(new Box(above.x(), above.y(), above.width(), y1 - above.y()));
                } else {
                    next.add(new Box(run[0], y0, run[1] - run[0], y1 - y0));
                }
            }
            done.addAll(open);
            open = next;
        }
        done.addAll(open);
        return done;
    }

    /** A cell between consecutive edges is wholly in or out of each box; testing its corner pixel decides. */
    private static boolean covered(List<Box> keep, int x, int y) {
        for (Box b : keep) {
            if (b.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    private static int[] edges(List<Box> boxes, int size, boolean horizontal) {
        TreeSet<Integer> e = new TreeSet<>(Arrays.asList(0, size));
        for (Box b : boxes) {
            e.add(horizontal ? b.x() : b.y());
            e.add(horizontal ? b.right() : b.bottom());
        }
        return e.stream().mapToInt(Integer::intValue).filter(v -> v >= 0 && v <= size).toArray();
    }
}
