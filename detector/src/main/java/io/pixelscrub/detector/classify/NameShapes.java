package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.Set;

/**
 * Person names without the header: "SURNAME, GIVEN", "Surname^Given", a title before a name ("Dr. Dibie"),
 * an initial before a known name ("J. Smith"), and two capitalised words side by side of which one is in the
 * name lexicon ("John Xyzzy", "DAVIDSON DOUGLAS"). Device words never count as name words.
 */
final class NameShapes {

    /** Academic words that stand between a title and the name ("Dr. med. Schmidt", "Prof. Dr. Weber"). */
    private static final Set<String> DEGREES = Set.of("MED", "DENT", "RER", "NAT", "PHIL", "HABIL", "DR", "PROF", "VET");

    private static final Set<String> TITLES = Set.of("DR", "MR", "MRS", "MS", "MISS", "PROF", "DOTT", "HR", "FR",
            "SR", "SRA", "MME", "MLLE", "M.", "DHR", "MEVR");

    private final ClassifierVocabulary vocab;

    NameShapes(ClassifierVocabulary vocab) {
        this.vocab = vocab;
    }

    void find(LineText line, List<Evidence> out) {
        List<Token> t = line.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token a = t.get(i);
            if (caretName(a)) {
                out.add(Evidence.phi("pattern:person-name", 0.85));
            }
            if (i + 1 >= t.size()) {
                continue;
            }
            int k = i + 1;
            while (isTitle(a) && k + 1 < t.size() && DEGREES.contains(t.get(k).core())) {
                k++;
            }
            Token b = t.get(k);
            boolean aName = nameWord(a);
            boolean bName = nameWord(b);
            boolean lexicon = aName && vocab.isName(a.lettersRead()) || bName && vocab.isName(b.lettersRead());
            if (aName && bName && a.next() == ',') {
                out.add(Evidence.phi("pattern:person-name", lexicon ? 0.85 : 0.7));
            } else if (aName && bName && lexicon && onlyBlankBetween(line, a, b)) {
                String x = a.lettersRead();
                String y = b.lettersRead();
                boolean firstAndLast = vocab.firstNames.contains(x) && vocab.surnames.contains(y)
                        || vocab.surnames.contains(x) && vocab.firstNames.contains(y);
                out.add(Evidence.phi("lexicon:person-name", firstAndLast ? 0.8 : 0.6));
            } else if (bName && isTitle(a) && (a.raw().endsWith(".") || vocab.isName(b.lettersRead()))) {
                out.add(Evidence.phi("pattern:person-name", 0.7));
            } else if (bName && isInitial(a) && vocab.isName(b.lettersRead())) {
                out.add(Evidence.phi("lexicon:person-name", 0.6));
            } else if (isWrittenTitle(a) && wordOfLetters(b)) {
                // "Dr. Wall", "Ref Dr Long": a surname that is also a common or device word stands where a name does.
                out.add(Evidence.withhold(NAME_AFTER_TITLE));
            }
        }
    }

    /** A capitalised word of letters (hyphens allowed, misread digits read back) that no vocabulary claims. */
    private boolean nameWord(Token t) {
        String c = t.lettersRead().replace("-", "");
        if (c.length() < 2 || !t.isCapitalised() || !c.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return !vocab.allowWords.contains(c) && !vocab.institutionWords.contains(c) && !vocab.months.containsKey(c)
                && !vocab.phiLabels.containsKey(c);
    }

    /** The reason for a word a vocabulary claims standing after a person's title: a name or not, undecidable. */
    static final String NAME_AFTER_TITLE = "unknown:name-after-title";

    /**
     * A title written as a title: capitalised, with its dot ("Dr.", "Prof.") or in mixed case ("Dr", "Mrs"). An
     * upper-case {@code DR} without a dot is as often digital radiography ({@code DR CHEST}), a lower-case {@code ms}
     * a unit ({@code 546 ms  FR 15}).
     */
    private static boolean isWrittenTitle(Token t) {
        String raw = t.raw();
        return isTitle(t) && Character.isUpperCase(raw.charAt(0))
                && (raw.endsWith(".") || !raw.equals(raw.toUpperCase(java.util.Locale.ROOT)));
    }

    /** A capitalised word of two or more letters, whatever vocabulary claims it. */
    private static boolean wordOfLetters(Token t) {
        String c = t.lettersRead().replace("-", "");
        return c.length() >= 2 && t.isCapitalised() && c.chars().allMatch(Character::isLetter);
    }

    private static boolean caretName(Token t) {
        int k = t.raw().indexOf('^');
        return k > 0 && k < t.raw().length() - 1 && Character.isLetter(t.raw().charAt(k - 1))
                && Character.isLetter(t.raw().charAt(k + 1));
    }

    private static boolean isTitle(Token t) {
        return TITLES.contains(t.core());
    }

    /** "J." before a name; a bare letter is too often a marker ("R LIVER"). */
    private static boolean isInitial(Token t) {
        return t.raw().length() == 2 && Character.isUpperCase(t.raw().charAt(0)) && t.raw().charAt(1) == '.';
    }

    private static boolean onlyBlankBetween(LineText line, Token a, Token b) {
        return line.text().substring(a.end(), b.start()).isBlank();
    }
}
