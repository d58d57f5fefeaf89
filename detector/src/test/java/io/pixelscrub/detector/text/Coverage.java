package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;
import java.util.List;

/** Checks found boxes against ground truth: redaction must hide every pixel a string touched. */
final class Coverage {

    private Coverage() { }

    /** Pixels of {@code truth} outside every box in {@code found}. */
    static int uncovered(Box truth, List<Box> found) {
        int missing = 0;
        for (int y = truth.y(); y < truth.bottom(); y++) {
            for (int x = truth.x(); x < truth.right(); x++) {
                boolean covered = false;
                for (Box b : found) {
                    if (b.contains(x, y)) {
                        covered = true;
                        break;
                    }
                }
                if (!covered) missing++;
            }
        }
        return missing;
    }

    /** Found boxes that touch no drawn string. */
    static long falsePositives(List<Box> found, List<Scene.Drawn> drawn) {
        return found.stream().filter(b -> drawn.stream().noneMatch(d -> d.truth().intersects(b))).count();
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
