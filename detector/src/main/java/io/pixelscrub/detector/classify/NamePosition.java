package io.pixelscrub.detector.classify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where initials stand in a name's place: a line that is nothing but two to four letters in one to three short words
 * ("J S", "A. B.", "JS", "J.Q.D."), or the short word or single letters right after a person label ("Op: AB",
 * "Ref J S", "Dr. JD", "Name: J S"). Initials anywhere else are weak: two letters are too often a device word ("PA",
 * "CF", "DR"). In a name position, initials of a person in the header are PHI; initials of no one known are UNKNOWN
 * (a single letter alone identifies no one, and stays a marker).
 */
final class NamePosition {

    /** Words before a person's name on device screens besides the PHI labels of names, operators and physicians. */
    private static final Set<String> PERSON_WORDS = Set.of("OP", "OPS", "OPER", "OPERATOR", "TECH", "SONO", "REF",
            "PHYS", "PERF", "BY", "DR", "MR", "MRS", "MISS", "PROF", "DOTT", "SR", "SRA");
    private static final Set<String> PERSON_RULES = Set.of("Name", "Patient", "Operator", "Physician");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{1,3}");
    /** Dotted initials glued into one word: "J.S.", "A.B", "J.Q.D.". */
    private static final Pattern DOTTED = Pattern.compile("\\p{L}(?:\\.\\p{L}){1,2}\\.?");

    private final ClassifierVocabulary vocab;

    NamePosition(ClassifierVocabulary vocab) {
        this.vocab = vocab;
    }

    /** The letters (upper case) that stand in a name position on this line: each a candidate for initials. */
    Set<String> initials(LineText line) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> tokens = line.tokens();
        String whole = wholeLine(line);
        if (whole != null) {
            out.add(whole);
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isPersonWord(tokens.get(i))) {
                String after = afterLabel(line, i + 1);
                if (after != null) {
                    out.add(after);
                }
            }
        }
        return out;
    }

    /**
     * Whether the line shows initials where a name stands, whoever they belong to: single letters and nothing else
     * ("J S", "A. B.", "J.S."), or initials after a person label. A lone short word ("PA", "LAT") is not counted: with
     * no header to compare, it is far more often a device word.
     */
    boolean hasInitials(LineText line) {
        List<Token> tokens = line.tokens();
        boolean spacedOrDotted = tokens.size() >= 2 || tokens.size() == 1 && DOTTED.matcher(tokens.get(0).core()).matches();
        if (spacedOrDotted && wholeLine(line) != null) {
            return true;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isPersonWord(tokens.get(i)) && afterLabel(line, i + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** The line's letters when it is only initials: one to three short letter words, two to four letters in all. */
    private static String wholeLine(LineText line) {
        List<Token> tokens = line.tokens();
        if (tokens.isEmpty() || tokens.size() > 3) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String core = tokens.get(i).core();
            boolean initialWord = LETTERS.matcher(core).matches() && (tokens.size() == 1 || core.length() == 1)
                    || DOTTED.matcher(core).matches();
            if (!initialWord || !isUpper(tokens.get(i).raw())) {
                return null;
            }
            letters.append(line.plainTokens().get(i));
        }
        return letters.length() >= 2 && letters.length() <= 4 ? letters.toString() : null;
    }

    /** The word right after a person label when it is initials ("AB", "J.S."), or a run of single letters ("J S"). */
    private static String afterLabel(LineText line, int from) {
        List<Token> tokens = line.tokens();
        String first = tokens.get(from).core();
        if (!isUpper(tokens.get(from).raw())) {
            return null;
        }
        if (DOTTED.matcher(first).matches() || LETTERS.matcher(first).matches() && first.length() > 1) {
            return line.plainTokens().get(from);
        }
        StringBuilder run = new StringBuilder();
        for (int i = from; i < tokens.size() && i < from + 3 && tokens.get(i).core().length() == 1
                && Character.isLetter(tokens.get(i).core().charAt(0)); i++) {
            run.append(tokens.get(i).core());
        }
        return run.length() >= 2 ? run.toString() : null;
    }

    /** A word before a person's name: a person word ("Dr", "Tech", "Ref") or a PHI label of names and persons. */
    boolean isPersonWord(Token t) {
        String c = t.core();
        if (PERSON_WORDS.contains(c)) {
            return true;
        }
        var label = vocab.phiLabels.get(c);
        return label != null && PERSON_RULES.contains(label.rule());
    }

    /** Initials are written in capitals: "J S", "AB"; "of", "in", "at" are words. */
    private static boolean isUpper(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLowerCase(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
