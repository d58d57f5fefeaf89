package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value after an identifier label is an identifier: "Ex 4711", "Ex:00000", "Exam 12", "Study 55", "Acc 998",
 * "Pt 7781", "ID A1234", "Untersuchung 123", glued ("EX4711", "ACC#998") or not. The label words are data
 * ({@code identifier-labels.txt}); several are device words too ("Ex", "Exam", "Study" on CT and ultrasound
 * screens), which is why a label alone is no evidence here and a value with a digit after it always is: exam and
 * study numbers identify the examination, and through it the patient.
 */
final class IdentifierLabels {

    /** A label with its value glued on: letters, optional '#', '.', '-' or '=', then a value starting with a digit. */
    private static final Pattern GLUED = Pattern.compile("(\\p{L}+)[#.=-]*(\\d[\\p{L}\\d/.-]*)");

    private final ClassifierVocabulary vocab;

    IdentifierLabels(ClassifierVocabulary vocab) {
        this.vocab = vocab;
    }

    void find(LineText line, List<Evidence> out) {
        List<Token> tokens = line.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String c = tokens.get(i).core();
            Matcher g = GLUED.matcher(c);
            boolean glued = g.matches() && vocab.identifierLabels.contains(g.group(1));
            if (glued || vocab.identifierLabels.contains(c) && valueFollows(tokens, i)) {
                out.add(Evidence.phi("pattern:label-ID", 0.8));
                return;
            }
        }
    }

    /** The next word with letters or digits holds a digit ("#" alone is skipped: "Ex # 4711"). */
    private static boolean valueFollows(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            String c = tokens.get(k).core();
            if (c.isEmpty()) {
                continue;
            }
            return c.chars().anyMatch(Character::isDigit);
        }
        return false;
    }
}
