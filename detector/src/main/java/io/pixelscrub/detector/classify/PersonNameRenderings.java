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
 */
final class PersonNameRenderings {

    static final double FULL = 0.95;
    static final double INITIAL_AND_SURNAME = 0.85;
    static final double SURNAME = 0.8;
    static final double GIVEN = 0.75;
    static final double MIDDLE = 0.65;
    static final double INITIALS = 0.4;

    private final ClassifierVocabulary vocab;

    PersonNameRenderings(ClassifierVocabulary vocab) {
        this.vocab = vocab;
    }

    List<DenyTerm> terms(String attribute, String value) {
        List<DenyTerm> out = new ArrayList<>();
        for (String group : value.split("=")) {
            render(attribute, group, out);
        }
        return out;
    }

    private void render(String attribute, String group, List<DenyTerm> out) {
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
        // Each part alone: family as a whole (it may hold several words) and word by word
        part(attribute, out, f, SURNAME);
        parts(attribute, out, family, SURNAME);
        part(attribute, out, g, GIVEN);
        parts(attribute, out, given, GIVEN);
        parts(attribute, out, middle, MIDDLE);
    }

    private void full(String attribute, List<DenyTerm> out, String... renderings) {
        for (String r : renderings) {
            add(out, attribute, r, FULL, true);
        }
    }

    private void parts(String attribute, List<DenyTerm> out, List<String> words, double confidence) {
        if (words.size() > 1) {
            for (String w : words) {
                part(attribute, out, w, confidence);
            }
        }
    }

    /** A part alone decides only when it is long enough and no device word ("LONG", "GAIN"). */
    private void part(String attribute, List<DenyTerm> out, String word, double confidence) {
        if (word.isEmpty()) {
            return;
        }
        String upper = word.toUpperCase(Locale.ROOT);
        boolean distinctive = DenyTerm.weightedLength(word) >= 3 && !vocab.allowWords.contains(upper)
                && !vocab.institutionWords.contains(upper);
        add(out, attribute, word, distinctive ? confidence : INITIALS, distinctive);
    }

    private static void add(List<DenyTerm> out, String attribute, String rendering, double confidence, boolean prefixOk) {
        DenyTerm term = DenyTerm.of(attribute, rendering, false, confidence, prefixOk);
        if (term.folded().isEmpty()) {
            return;
        }
        for (DenyTerm t : out) {
            if (t.folded().equals(term.folded()) && t.attribute().equals(attribute)) {
                return; // same rendering already there, with at least this confidence (added in that order)
            }
        }
        boolean weak = confidence <= INITIALS || DenyTerm.weightedLength(term.folded()) < 3;
        out.add(weak ? DenyTerm.of(attribute, rendering, true, INITIALS, false) : term);
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
