package io.pixelscrub.detector.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The ways a person name from the header shows up on images. From DICOM PN "DOE^JOHN^Q^DR" (or a plain
 * "Doe, John" / "John Doe") it renders DOE JOHN, JOHN DOE, DOE, JOHN Q, J DOE, J. Doe, DOE J, J Q DOE, initials JD
 * and DJ, and each part alone; each group of an ideographic/phonetic name ("=" separated) is rendered the same way.
 * Punctuation and blanks disappear in folding, so one rendering covers "DOE, JOHN", "DOE^JOHN" and "DOEJOHN".
 * Family, given and middle names are values (PHI wherever they stand); the prefix and suffix components ("DR",
 * "JR") are titles that many people share, and initials are weak ({@link DenyTerm.Match#WEAK}).
 */
final class PersonNameRenderings {

    static final double FULL = 0.95;
    static final double INITIAL_AND_SURNAME = 0.85;
    static final double SURNAME = 0.8;
    static final double GIVEN = 0.75;
    static final double MIDDLE = 0.65;
    static final double INITIALS = 0.4;

    private PersonNameRenderings() {
    }

    static List<DenyTerm> terms(String attribute, String value) {
        List<DenyTerm> out = new ArrayList<>();
        for (String group : value.split("=")) {
            render(attribute, group, out);
        }
        return out;
    }

    private static void render(String attribute, String group, List<DenyTerm> out) {
        List<String> family;
        List<String> given;
        List<String> middle;
        if (group.contains("^")) {
            String[] c = group.split("\\^", -1);
            family = words(c[0]);
            given = c.length > 1 ? words(c[1]) : List.of();
            middle = c.length > 2 ? words(c[2]) : List.of();
        } else if (group.contains(",")) {
            family = words(group.substring(0, group.indexOf(',')));
            given = words(group.substring(group.indexOf(',') + 1));
            middle = List.of();
        } else {
            // "JOHN DOE": no telling which is the family name; render both orders through family+given
            List<String> w = words(group);
            family = w.isEmpty() ? List.of() : List.of(w.get(w.size() - 1));
            given = w.size() > 1 ? w.subList(0, w.size() - 1) : List.of();
            middle = List.of();
        }
        String f = String.join("", family);
        String g = String.join("", given);
        String m = String.join("", middle);
        String gi = initial(given);
        String mi = initial(middle);
        String fi = initial(family);
        if (!f.isEmpty() && !g.isEmpty()) {
            full(attribute, out, f + g, g + f, f + g + m, g + m + f, g + mi + f, f + g + mi);
            add(out, attribute, gi + f, INITIAL_AND_SURNAME, false);
            add(out, attribute, gi + mi + f, INITIAL_AND_SURNAME, false);
            add(out, attribute, f + gi, INITIAL_AND_SURNAME, false);
            add(out, attribute, f + gi + mi, INITIAL_AND_SURNAME, false);
            add(out, attribute, gi + fi, INITIALS, false);
            add(out, attribute, fi + gi, INITIALS, false);
            add(out, attribute, gi + mi + fi, INITIALS, false);
        }
        // Each component alone: family as a whole (it may hold several words) and word by word
        part(attribute, out, f, SURNAME);
        parts(attribute, out, family, SURNAME);
        part(attribute, out, g, GIVEN);
        parts(attribute, out, given, GIVEN);
        part(attribute, out, m, MIDDLE);
        parts(attribute, out, middle, MIDDLE);
    }

    private static void full(String attribute, List<DenyTerm> out, String... renderings) {
        for (String r : renderings) {
            add(out, attribute, r, FULL, true);
        }
    }

    /**
     * The words of a multi-word component ("ZZZ TEST", "DE LA CRUZ"): from 4 characters each is a value in its own
     * right; shorter ones are particles ("DE", "LA"), weak: the component itself is the value.
     */
    private static void parts(String attribute, List<DenyTerm> out, List<String> words, double confidence) {
        if (words.size() > 1) {
            for (String w : words) {
                add(out, attribute, w, DenyTerm.weightedLength(w) >= DenyTerm.EXACT_BELOW ? confidence : INITIALS, true);
            }
        }
    }

    /**
     * A component alone (family, given or middle name) is a value of the header: PHI wherever it stands, even when it
     * is a device word ("LONG", "HEAD", "OB"): the file's own header wins. A single letter is an initial, weak: alone
     * it identifies no one, and matched everywhere it would take every marker ("L", "R", "A").
     */
    private static void part(String attribute, List<DenyTerm> out, String word, double confidence) {
        if (word.isEmpty()) {
            return;
        }
        add(out, attribute, word, DenyTerm.plainOf(word).length() < 2 ? INITIALS : confidence, true);
    }

    /** Initials are weak; other renderings are values: under 4 characters exact, from 4 OCR-tolerant. */
    private static void add(List<DenyTerm> out, String attribute, String rendering, double confidence, boolean prefixOk) {
        DenyTerm term = confidence <= INITIALS
                ? DenyTerm.of(attribute, rendering, DenyTerm.Match.WEAK, INITIALS, false)
                : DenyTerm.value(attribute, rendering, confidence, prefixOk);
        if (term.folded().isEmpty()) {
            return;
        }
        for (DenyTerm t : out) {
            if (t.folded().equals(term.folded()) && t.attribute().equals(attribute) && t.match() == term.match()) {
                return; // same rendering already there, with at least this confidence (added in that order)
            }
        }
        out.add(term);
    }

    private static String initial(List<String> words) {
        return words.isEmpty() ? "" : words.get(0).substring(0, 1);
    }

    /** Name words, upper case, diacritics dropped, without punctuation. */
    private static List<String> words(String component) {
        String plain = LineText.normalise(component).toUpperCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
