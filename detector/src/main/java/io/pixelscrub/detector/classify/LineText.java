package io.pixelscrub.detector.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One OCR line prepared once for every rule: normalised text, its words, the same text with misread digits
 * restored, and the compact folded form with word boundaries that header values are searched in.
 * Holds PHI: memory only, never logged.
 */
final class LineText {

    /** Characters that end a word besides blanks; '/', '-', '.', '#', '%', '+' stay inside words. */
    private static final String SEPARATORS = ",;:=()[]{}<>\"_*~\u00b7";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Dash punctuation (hyphen, en and em dashes, the horizontal bar...) and the minus sign. */
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u2212]");
    private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}]");

    private final String text;
    private final String digits;
    private final List<Token> tokens;
    private final Set<String> words;
    private final List<String> plainTokens;
    private final char[] compact;
    private final boolean[] boundary;
    private final boolean[] truncated;

    LineText(String ocrText) {
        this.text = OcrFold.zerosForAtSigns(normalise(ocrText == null ? "" : ocrText));
        this.digits = OcrFold.digitsInContext(text).toUpperCase(Locale.ROOT);
        this.tokens = tokenise(text);
        Set<String> w = new LinkedHashSet<>();
        for (Token t : tokens) {
            w.add(t.core());
            Collections.addAll(w, t.parts());
        }
        this.words = Collections.unmodifiableSet(w); // line order: rules see words as they stand
        List<String> p = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            p.add(NOT_WORD_CHAR.matcher(t.core()).replaceAll(""));
        }
        this.plainTokens = List.copyOf(p);
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (OcrFold.isWordChar(text.charAt(i))) {
                n++;
            }
        }
        compact = new char[n];
        boundary = new boolean[n + 1];
        truncated = new boolean[n + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!OcrFold.isWordChar(c)) {
                boundary[k] = true;
                continue;
            }
            if (k > 0 && gluedWordStart(text.charAt(prevWordChar(i)), c)) {
                boundary[k] = true;
            }
            compact[k++] = OcrFold.confusionClass(c);
        }
        boundary[0] = true;
        boundary[n] = true;
        markTruncations();
    }

    /**
     * NFKC (full-width forms, ligatures, the ellipsis char as three dots), diacritics dropped, every dash and the minus
     * sign as a hyphen, trimmed. OCR reads a screen's hyphen as an en or em dash as often as not ({@code 2D—100%} on a
     * real Siemens S2000, left unexplained where {@code 2D-100%} is a setting), and a date or range written with one is
     * the same date or range.
     */
    static String normalise(String s) {
        if (isPrintableAscii(s)) {
            return s.strip(); // nothing to normalise: the usual case, kept cheap
        }
        String t = DASHES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("-");
        String d = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(d, Normalizer.Form.NFC).strip();
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * Words glued together still show where one starts: a value after its label ("DOB08/29", "ID00079") and
     * capitalised words run together ("MrDoe", "ClevelandClinic").
     */
    private static boolean gluedWordStart(char before, char c) {
        return Character.isDigit(c) != Character.isDigit(before)
                || Character.isUpperCase(c) && Character.isLowerCase(before);
    }

    private int prevWordChar(int i) {
        int j = i - 1;
        while (!OcrFold.isWordChar(text.charAt(j))) {
            j--;
        }
        return j;
    }

    /** A header value may be cut where the device truncated it: at the end of the line or before "..". */
    private void markTruncations() {
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (OcrFold.isWordChar(text.charAt(i))) {
                k++;
                if (text.startsWith("..", i + 1)) {
                    truncated[k] = true;
                }
            }
        }
        truncated[compact.length] = true;
    }

    private static List<Token> tokenise(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (isSeparator(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && !isSeparator(s.charAt(i))) {
                i++;
            }
            String raw = s.substring(start, i);
            int j = i;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            char next = j < s.length() ? s.charAt(j) : 0;
            out.add(new Token(raw, core(raw), start, next));
        }
        return List.copyOf(out);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
    }

    private static String core(String raw) {
        String t = raw.replace("'", "").replace("\u2019", "").toUpperCase(Locale.ROOT);
        int a = 0;
        int b = t.length();
        while (a < b && !OcrFold.isWordChar(t.charAt(a))) {
            a++;
        }
        while (b > a && !OcrFold.isWordChar(t.charAt(b - 1)) && t.charAt(b - 1) != '%') {
            b--;
        }
        return t.substring(a, b);
    }

    /** The normalised text. */
    String text() { return text; }

    /** The normalised text, upper case, with letters next to digits read as digits (same length as text). */
    String digits() { return digits; }

    List<Token> tokens() { return tokens; }

    /** Every word core, and its parts between '/' and '-': for exact whole-word look-ups. */
    Set<String> words() { return words; }

    /** Each token's letters and digits, upper case, in line order: for exact matches of short header values. */
    List<String> plainTokens() { return plainTokens; }

    /** Folded word characters, no separators. */
    char[] compact() { return compact; }

    /**
     * How many characters of a folded value the line holds at all, counted with multiplicity: an upper bound on
     * how many can align, so a value that cannot be found within its edit allowance is skipped without alignment.
     */
    int sharedCharacters(String folded) {
        int[] left = new int[HISTOGRAM];
        for (char c : compact) {
            left[c % HISTOGRAM]++;
        }
        int shared = 0;
        for (int i = 0; i < folded.length(); i++) {
            int b = folded.charAt(i) % HISTOGRAM;
            if (left[b] > 0) {
                left[b]--;
                shared++;
            }
        }
        return shared;
    }

    private static final int HISTOGRAM = 64;

    /** Whether a word starts or ends at compact position k (0..length). */
    boolean boundaryAt(int k) { return boundary[k]; }

    /** Whether the line may show a value cut short after compact position k. */
    boolean truncatedAt(int k) { return truncated[k]; }

    /**
     * Share of the non-blank characters that are letters or digits, a run of one punctuation mark counting once
     * ("SCV------1" is text, "|l|" and "-.-" are noise).
     */
    double letterOrDigitShare() {
        int nonBlank = 0;
        int alnum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean repeat = i > 0 && text.charAt(i - 1) == c && !Character.isLetterOrDigit(c);
            if (!Character.isWhitespace(c) && !repeat) {
                nonBlank++;
                alnum += Character.isLetterOrDigit(c) ? 1 : 0;
            }
        }
        return nonBlank == 0 ? 0 : (double) alnum / nonBlank;
    }

    /** Letters and digits in the line. */
    int letterOrDigitCount() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
