package io.pixelscrub.scrubber.header;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text shapes that are identifying whatever header they come from: dates, long numbers (record numbers, accession
 * numbers, phone numbers), e-mail addresses, US social security numbers. Used to clean free text (C) and to flag
 * values in the sniff report. Deliberately eager: a false match costs a few characters of a descriptor.
 */
public final class PhiPatterns {

    private static final String MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC";
    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put("date", Pattern.compile(
                "(?<![0-9])(?:(?:19|20)\\d{2}[-/.]?(?:0[1-9]|1[0-2])[-/.]?(?:0[1-9]|[12]\\d|3[01])"
                        + "|\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d{2}"
                        + "|\\d{1,2}[- ]?(?:" + MONTHS + ")[A-Z]*[- ,]*(?:19|20)?\\d{2})(?![0-9])",
                Pattern.CASE_INSENSITIVE));
        PATTERNS.put("ssn", Pattern.compile("(?<![0-9])\\d{3}-\\d{2}-\\d{4}(?![0-9])"));
        PATTERNS.put("phone", Pattern.compile("(?<![0-9])(?:\\+?\\d{1,3}[ .-])?\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}(?![0-9])"));
        PATTERNS.put("email", Pattern.compile("[A-Z0-9._%+-]+@[A-Z0-9.-]+\\.[A-Z]{2,}", Pattern.CASE_INSENSITIVE));
        PATTERNS.put("long-number", Pattern.compile("(?<![0-9.])\\d{6,}(?![0-9.])"));
    }

    private PhiPatterns() { }

    /** The names of the patterns that occur in {@code text}. */
    public static Set<String> find(String text) {
        Set<String> found = new TreeSet<>();
        for (Map.Entry<String, Pattern> e : PATTERNS.entrySet()) {
            if (e.getValue().matcher(text).find()) {
                found.add(e.getKey());
            }
        }
        return found;
    }

    /** {@code text} with every match overwritten by X of the same length (valid in every text VR, never longer). */
    public static String mask(String text) {
        String t = text;
        for (Pattern p : PATTERNS.values()) {
            t = maskMatches(p.matcher(t));
        }
        return t;
    }

    static String maskMatches(Matcher m) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "X".repeat(m.group().length()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
