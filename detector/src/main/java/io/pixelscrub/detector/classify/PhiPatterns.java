package io.pixelscrub.detector.classify;

import io.pixelscrub.models.vocab.PhiLabel;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is PHI whatever the header says: dates, clock times, long digit runs and MRN-shaped words, labels that
 * introduce PHI (Name:, DOB, MRN, Acc#...), person-name shapes ({@link NameShapes}), institution words and
 * explicit ages. Also notes a sex letter beside an age-like number, which keeps a line from NOT_PHI.
 */
final class PhiPatterns {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{6}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+[.,]\\d+\\p{L}*");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d+(?:[-/ ]\\d+){2,}");
    private static final Pattern MRN_SHAPE = Pattern.compile("\\p{L}{1,4}[-#]?\\d{5,}\\p{L}?|\\d{5,}\\p{L}{1,2}");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}(?:Y|YO|YR|YRS|YEARS|J|JAHRE|ANS|ANOS|ANNI|JR)");
    private static final Pattern SEX_AGE = Pattern.compile("[MFW]/\\d{1,3}|\\d{1,3}/[MFW]");
    private static final Pattern SMALL_INTEGER = Pattern.compile("\\d{1,3}");
    private static final Pattern TRAILING_VALUE = Pattern.compile("[\\d/.\\-#]+$");

    private final ClassifierVocabulary vocab;
    private final NameShapes names;

    PhiPatterns(ClassifierVocabulary vocab) {
        this.vocab = vocab;
        this.names = new NameShapes(vocab);
    }

    void find(LineText line, List<DateMention> dates, List<TimeMention> times, List<Evidence> out) {
        for (DateMention d : dates) {
            if (!d.packed()) {
                out.add(Evidence.phi("pattern:date", d.readings().isEmpty() ? 0.75 : 0.85));
            } else if (d.readings().stream().anyMatch(r -> r.getYear() >= 1900)
                    && line.digits().substring(d.start(), d.end()).length() == 8) {
                out.add(Evidence.phi("pattern:date", 0.8));
            }
        }
        for (TimeMention t : times) {
            if (!t.packed()) {
                out.add(Evidence.phi("pattern:time", 0.75));
            }
        }
        List<Token> tokens = line.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            identifier(line, t, out);
            label(t, out);
            if (vocab.institutionWords.contains(t.core())) {
                out.add(Evidence.phi("pattern:institution", 0.7));
            }
            age(tokens, i, out);
        }
        names.find(line, out);
    }

    /** Six or more digits in a row, long dash-joined digit groups, or letters and five or more digits. */
    private static void identifier(LineText line, Token t, List<Evidence> out) {
        String d = line.digits().substring(t.start(), t.end());
        String c = EDGE_PUNCTUATION.matcher(d).replaceAll("");
        boolean id = DIGIT_RUN.matcher(c).find() && !DECIMAL.matcher(c).matches()
                || DIGIT_GROUPS.matcher(c).matches() && digitCount(c) >= 7
                || MRN_SHAPE.matcher(c).matches();
        if (id) {
            out.add(Evidence.phi("pattern:id", 0.8));
        }
    }

    private static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private void label(Token t, List<Evidence> out) {
        String c = t.core();
        PhiLabel l = vocab.phiLabels.get(c);
        if (l == null) {
            l = vocab.phiLabels.get(t.raw().toUpperCase(java.util.Locale.ROOT)); // "ACC#", "D.O.B."
        }
        if (l == null) {
            PhiLabel glued = vocab.phiLabels.get(TRAILING_VALUE.matcher(c).replaceFirst("")); // "MRN12345"
            l = glued != null && !glued.needsPunctuation() ? glued : null;
        }
        if (l == null) {
            return;
        }
        boolean punctuated = ":#.=".indexOf(t.next()) >= 0 || t.raw().endsWith(".") || t.raw().endsWith("#");
        if (!l.needsPunctuation() || punctuated) {
            out.add(Evidence.phi("pattern:label-" + l.rule(), 0.85));
        }
    }

    private static void age(List<Token> tokens, int i, List<Evidence> out) {
        String c = tokens.get(i).core();
        if (AGE.matcher(c).matches() || SEX_AGE.matcher(c).matches()) {
            out.add(Evidence.phi("pattern:age", 0.6));
        } else if (i + 1 < tokens.size() && isSex(c) && SMALL_INTEGER.matcher(tokens.get(i + 1).core()).matches()
                || i > 0 && isSex(c) && SMALL_INTEGER.matcher(tokens.get(i - 1).core()).matches()) {
            out.add(new Evidence(Evidence.Kind.WITHHOLD, "context:age-sex", 0.5));
        }
    }

    private static boolean isSex(String c) {
        return c.equals("M") || c.equals("F");
    }
}
