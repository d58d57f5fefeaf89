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
    /**
     * An age with its unit ("63Y", "7YRS"), also glued to a sex before or after it ("4YM", "63Y/F", "F63Y"): the unit
     * makes it an age whatever stands beside it (a screen writing "4Y M" without the space).
     */
    private static final Pattern AGE = Pattern.compile(
            "(?:[MFW]/?)?\\d{1,3}(?:Y|YO|YR|YRS|YEARS|J|JAHRE|ANS|ANOS|ANNI|JR)|\\d{1,3}(?:Y|YO|YR|YRS|J|JR)/?[MFW]");
    private static final Pattern SEX_AGE = Pattern.compile("[MFW]/\\d{1,3}|\\d{1,3}/[MFW]");
    private static final Pattern SMALL_INTEGER = Pattern.compile("\\d{1,3}");
    /** Words that make "10:00" a position on the breast clock face, not a time of day. */
    private static final java.util.Set<String> BREAST_CONTEXT = java.util.Set.of("BREAST", "FN", "CMFN", "NIPPLE",
            "SUBAREOLAR", "RETROAREOLAR", "RAD", "ARAD", "OCLOCK", "AXILLA");
    private static final Pattern CLOCK_FACE = Pattern.compile("(?:[1-9]|1[0-2]):[03]0");
    private static final Pattern LABEL_PARTS = Pattern.compile("[.-]+");
    private static final Pattern TRAILING_VALUE = Pattern.compile("[\\d/.\\-#]+$");

    private final ClassifierVocabulary vocab;
    private final NameShapes names;
    private final IdentifierLabels identifierLabels;

    PhiPatterns(ClassifierVocabulary vocab) {
        this.vocab = vocab;
        this.names = new NameShapes(vocab);
        this.identifierLabels = new IdentifierLabels(vocab);
    }

    void find(LineText line, Mentions mentions, List<Evidence> out) {
        for (DateMention d : mentions.dates()) {
            if (!d.packed()) {
                out.add(Evidence.phi("pattern:date", d.readings().isEmpty() ? 0.75 : 0.85));
            } else if (d.readings().stream().anyMatch(r -> r.getYear() >= 1900)
                    && line.digits().substring(d.start(), d.end()).length() == 8) {
                out.add(Evidence.phi("pattern:date", 0.8));
            }
        }
        for (PartialDate d : mentions.partialDates()) {
            if (d.monthOfYear()) {
                out.add(Evidence.phi("pattern:date", 0.7)); // "03/2017": a month of a year, not a counter
            } else if (d.leadingZero() && !d.monthDays().isEmpty()) {
                out.add(Evidence.withhold("unknown:partial-date")); // "08.12": a day and month, or a value
            }
        }
        for (TimeMention t : mentions.times()) {
            if (t.form() == TimeMention.Form.CLOCK && !isClockFacePosition(line, t)) {
                out.add(Evidence.phi("pattern:time", 0.75));
            } else if (t.form() == TimeMention.Form.ZERO_HOUR) {
                // "0:12:33" is a counter or a clock after midnight: without the header's time, not decidable
                out.add(Evidence.withhold("unknown:zero-hour"));
            }
        }
        List<Token> tokens = line.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            identifier(line, t, out);
            label(t, i + 1 < tokens.size(), out);
            if (vocab.institutionWords.contains(t.core())) {
                out.add(Evidence.phi("pattern:institution", 0.7));
            }
            age(tokens, i, out);
        }
        names.find(line, out);
        identifierLabels.find(line, out);
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

    /** "R Breast 10:00 3cm FN": a whole or half hour on a line about the breast is where, not when. */
    private static boolean isClockFacePosition(LineText line, TimeMention t) {
        if (!CLOCK_FACE.matcher(line.digits().substring(t.start(), t.end()).strip()).matches()) {
            return false;
        }
        for (String w : line.words()) {
            if (BREAST_CONTEXT.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private void label(Token t, boolean valueFollows, List<Evidence> out) {
        String c = t.core();
        boolean punctuated = ":#.=".indexOf(t.next()) >= 0 || t.raw().endsWith(".") || t.raw().endsWith("#");
        PhiLabel l = usable(vocab.phiLabels.get(c), punctuated);
        String raw = t.raw().toUpperCase(java.util.Locale.ROOT);
        if (l == null && (valueFollows || !raw.equals(c))) {
            // "ACC#", "D.O.B.": the punctuation is part of the written word; "Age 31", "Name SMITH": a value follows
            // the bare word. A bare word that ends the line introduces nothing: the "AGE" of a "GE ADVANTAGE" OCR read
            // in two ("GE ADVANT. AGE", a real film's model line) is no label.
            l = usable(vocab.phiLabels.get(raw), true);
        }
        if (l == null) {
            l = usable(vocab.phiLabels.get(TRAILING_VALUE.matcher(c).replaceFirst("")), false); // "MRN12345"
        }
        if (l == null) {
            l = labelInParts(c, punctuated); // "Pat.-ID", "Geb.-Dat."
        }
        if (l != null) {
            out.add(Evidence.phi("pattern:label-" + l.rule(), 0.85));
        }
    }

    /** A compound word's parts between '.' and '-': a part followed by '.' counts as punctuated. */
    private PhiLabel labelInParts(String core, boolean lastPunctuated) {
        String[] parts = LABEL_PARTS.split(core);
        if (parts.length < 2) {
            return null;
        }
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            at += parts[i].length();
            boolean dotAfter = at < core.length() && core.charAt(at) == '.';
            at++;
            PhiLabel l = usable(vocab.phiLabels.get(parts[i]), dotAfter || i == parts.length - 1 && lastPunctuated);
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    private static PhiLabel usable(PhiLabel l, boolean punctuated) {
        return l != null && (!l.needsPunctuation() || punctuated) ? l : null;
    }

    private static void age(List<Token> tokens, int i, List<Evidence> out) {
        String c = tokens.get(i).core();
        if (AGE.matcher(c).matches() || SEX_AGE.matcher(c).matches()) {
            out.add(Evidence.phi("pattern:age", 0.6));
        } else if (GluedSexAge.shape(EDGE_PUNCTUATION.matcher(tokens.get(i).raw()).replaceAll(""))) {
            out.add(Evidence.withhold("context:age-sex"));
        } else if (i + 1 < tokens.size() && isSex(c) && SMALL_INTEGER.matcher(tokens.get(i + 1).core()).matches()
                || i > 0 && isSex(c) && SMALL_INTEGER.matcher(tokens.get(i - 1).core()).matches()) {
            out.add(Evidence.withhold("context:age-sex"));
        }
    }

    private static boolean isSex(String c) {
        return c.equals("M") || c.equals("F");
    }
}
