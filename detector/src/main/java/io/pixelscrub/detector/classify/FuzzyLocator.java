package io.pixelscrub.detector.classify;

/**
 * Finds a folded header value in a line's compact form with a few edits, anchored at word boundaries so that a
 * value never matches inside another word, and with a long prefix accepted where the device cut the value short.
 * Blanks and punctuation are absent from both sides, so "DOE^JOHN" meets "DOEJOHN" and "D0E, J0HN" alike.
 */
final class FuzzyLocator {

    /** A prefix counts only from this many characters, and from this share of the value. */
    static final int MIN_PREFIX = 6;
    static final double MIN_PREFIX_SHARE = 0.5;

    private static final int FAR = 1 << 20;
    /**
     * From this length a value may start or end inside an OCR word at the cost of one edit: misreading can weld a
     * label to a long ID ("1D79241539") where no boundary is left to anchor on. Shorter values need boundaries.
     */
    static final int LONG_VALUE = 8;

    /** How an occurrence was found: edits made and whether only a prefix was seen. */
    record Match(int edits, boolean prefixOnly, int matchedLength) { }

    private FuzzyLocator() {
    }

    /**
     * Edits tolerated for a value of this length: none up to 4 characters (folding already absorbs the usual
     * misreadings, and short words are too alike), then about one per four characters, at most 3.
     */
    static int allowedEdits(int length) {
        if (length <= 4) {
            return 0;
        }
        if (length <= 7) {
            return 1;
        }
        return length <= 11 ? 2 : 3;
    }

    /**
     * The best occurrence of value in the line, or null. Semi-global edit distance (Sellers): a match may start at
     * any word start; it must end at a word end, or, for a prefix, where the line may show a truncation. Long
     * values may also start or end inside a word, for one edit each.
     */
    static Match find(String value, LineText line, boolean prefixAllowed) {
        char[] t = line.compact();
        int m = value.length();
        if (m == 0 || t.length == 0) {
            return null;
        }
        int minPrefix = prefixAllowed ? Math.max(MIN_PREFIX, (int) Math.ceil(m * MIN_PREFIX_SHARE)) : m;
        // Which letters each pair of the value's characters may be read as (rn read as m): worked out once per term.
        String[] valuePairReadAs = new String[m + 1];
        boolean pairReadAsOne = false;
        for (int i = 2; i <= m; i++) {
            valuePairReadAs[i] = lettersWrittenAs(value.charAt(i - 2), value.charAt(i - 1));
            pairReadAsOne |= !valuePairReadAs[i].isEmpty();
        }
        // Such a pair loses two shared characters for one edit.
        int mustShare = Math.min(minPrefix - 1, m - allowedEdits(m)) - (pairReadAsOne ? 1 : 0);
        if (line.sharedCharacters(value) < mustShare) {
            return null; // cannot align within the allowance: most terms on most lines end here
        }
        int offBoundary = m >= LONG_VALUE ? 1 : FAR;
        int[] prev2 = new int[m + 1]; // the row two text characters back, for a letter OCR wrote as two
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        Match best = null;
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        for (int j = 1; j <= t.length; j++) {
            cur[0] = line.boundaryAt(j) ? 0 : offBoundary;
            char tc = t[j - 1];
            String textPairReadAs = j >= 2 ? lettersWrittenAs(t[j - 2], tc) : "";
            for (int i = 1; i <= m; i++) {
                char vc = value.charAt(i - 1);
                int sub = prev[i - 1] + (vc == tc ? 0 : 1);
                int c = Math.min(sub, Math.min(prev[i] + 1, cur[i - 1] + 1));
                if (textPairReadAs.indexOf(vc) >= 0) {
                    c = Math.min(c, prev2[i - 1] + 1);
                }
                if (i >= 2 && valuePairReadAs[i].indexOf(tc) >= 0) {
                    c = Math.min(c, prev[i - 2] + 1);
                }
                cur[i] = c;
            }
            best = better(best, candidate(cur[m] + (line.boundaryAt(j) ? 0 : offBoundary), m, m));
            if (minPrefix < m && line.truncatedAt(j)) {
                for (int i = minPrefix; i < m; i++) {
                    best = better(best, candidate(cur[i], i, m));
                }
            }
            int[] swap = prev2;
            prev2 = prev;
            prev = cur;
            cur = swap;
        }
        return best;
    }

    /**
     * The letters (folded, {@link OcrFold#confusionClass}) OCR writes as the two characters {@code first second}, or
     * empty: {@code m} as {@code rn}, {@code w} as {@code vv}, {@code d} as {@code cl}, and {@code N}, {@code H} or
     * {@code u} as two strokes ({@code il}, {@code |-|}, {@code ii}). Such a misreading, either way round, costs one
     * edit, as a wrong letter does, not two: a 9 px {@code CN-205} read {@code Cil-205} is the header's ID (synthetic
     * seed 6161).
     */
    static String lettersWrittenAs(char first, char second) {
        if (first == 'R' && second == 'N') {
            return "M";
        }
        if (first == 'V' && second == 'V') {
            return "W";
        }
        if (first == 'C' && second == 'I') {
            return "O";
        }
        return first == 'I' && second == 'I' ? "NHU" : "";
    }

    /** A prefix is already a guess about what was cut: it may carry one edit at most. */
    private static Match candidate(int edits, int i, int m) {
        int allowed = i < m ? Math.min(1, allowedEdits(i)) : allowedEdits(i);
        return edits > allowed ? null : new Match(edits, i < m, i);
    }

    /** Full matches beat prefixes; then fewer edits; then the longer prefix. */
    private static Match better(Match a, Match b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.prefixOnly() != b.prefixOnly()) {
            return a.prefixOnly() ? b : a;
        }
        if (a.edits() != b.edits()) {
            return a.edits() < b.edits() ? a : b;
        }
        return a.matchedLength() >= b.matchedLength() ? a : b;
    }
}
