package io.pixelscrub.detector.classify;

import io.pixelscrub.detector.Verdict;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the evidence on a line into one verdict. PHI when any strong evidence, or weak header evidence of two
 * different attributes (sex and age); otherwise UNKNOWN when a rule saw a PHI shape it cannot decide (a sex beside an
 * age-like number, a partial date, initials, a zero-hour clock: {@link Evidence.Kind#WITHHOLD}, named by its reason);
 * otherwise NOT_PHI only when every word is a device annotation; otherwise UNKNOWN, which the default policy redacts.
 */
final class VerdictRules {

    static final double NOT_PHI = 0.9;
    /** A line of a few characters ("R", "14") may be noise that OCR read as such. */
    static final double NOT_PHI_SPARSE = 0.6;
    static final int SPARSE_CHARS = 2;
    static final double UNEXPLAINED = 0.5;
    static final double NO_TEXT = 0.1;
    static final double NOISE = 0.2;

    private VerdictRules() {
    }

    /** Below this share of letters and digits a line is taken for OCR noise. */
    static final double NOISE_SHARE = 0.5;

    static TextVerdict decide(List<Evidence> evidence, double letterOrDigitShare, boolean allExplained, boolean sparse) {
        Evidence best = null;
        Set<String> weakAttributes = new TreeSet<>(); // sorted: the same reason whatever order rules ran in
        Set<String> withheld = new TreeSet<>(); // sorted, as above
        for (Evidence e : evidence) {
            switch (e.kind()) {
                case PHI -> best = best == null || e.confidence() > best.confidence() ? e : best;
                case WEAK -> weakAttributes.add(e.reason());
                case WITHHOLD -> withheld.add(e.reason());
                default -> throw new IllegalStateException("unknown evidence kind");
            }
        }
        if (best != null) {
            return new TextVerdict(Verdict.PHI, clamp(best.confidence()), best.reason());
        }
        if (weakAttributes.size() >= 2) {
            return new TextVerdict(Verdict.PHI, 0.5, String.join("+", weakAttributes));
        }
        if (letterOrDigitShare == 0) {
            return new TextVerdict(Verdict.UNKNOWN, NO_TEXT, "unknown:no-text");
        }
        // A PHI shape read among noise is still that shape: named first, so no later reading of the line (a second
        // reading settles only lines whose first verdict was noise or unexplained) can turn it into device text.
        if (!withheld.isEmpty()) {
            return new TextVerdict(Verdict.UNKNOWN, UNEXPLAINED, withheld.iterator().next());
        }
        if (letterOrDigitShare < NOISE_SHARE) {
            return new TextVerdict(Verdict.UNKNOWN, NOISE, "unknown:noise");
        }
        if (allExplained) {
            return new TextVerdict(Verdict.NOT_PHI, sparse ? NOT_PHI_SPARSE : NOT_PHI, "allow-list");
        }
        return new TextVerdict(Verdict.UNKNOWN, UNEXPLAINED, "unknown:unexplained-text");
    }

    private static double clamp(double c) {
        return Math.max(0.05, Math.min(1.0, c));
    }
}
