package io.pixelscrub.models.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads the classifier's vocabularies shipped in {@code io/pixelscrub/models/vocab/} (sources in SOURCES.txt).
 * Immutable once loaded; {@link #shipped()} loads once per class loader.
 */
public final class Vocabularies {

    /** Resource folder of the shipped vocabularies. */
    public static final String RESOURCE_DIR = "io/pixelscrub/models/vocab/";

    private final Map<Vocabulary, Set<String>> lists;
    private final List<PhiLabel> phiLabels;
    private final Map<String, Integer> months;

    private Vocabularies(Map<Vocabulary, Set<String>> lists, List<PhiLabel> phiLabels, Map<String, Integer> months) {
        this.lists = lists;
        this.phiLabels = phiLabels;
        this.months = months;
    }

    /** The vocabularies shipped in this jar. */
    public static Vocabularies shipped() {
        return Holder.SHIPPED;
    }

    /** One word list, upper case. */
    public Set<String> words(Vocabulary vocabulary) {
        return lists.get(vocabulary);
    }

    /** Labels that introduce PHI, in file order. */
    public List<PhiLabel> phiLabels() {
        return phiLabels;
    }

    /** Month name or abbreviation (upper case) to month number 1..12. */
    public Map<String, Integer> months() {
        return months;
    }

    private static final class Holder {
        static final Vocabularies SHIPPED = load();
    }

    private static Vocabularies load() {
        Map<Vocabulary, Set<String>> lists = new EnumMap<>(Vocabulary.class);
        for (Vocabulary v : Vocabulary.values()) {
            Set<String> words = new LinkedHashSet<>();
            for (String line : lines(v.fileName())) {
                for (String w : line.split("\\s+")) {
                    words.add(upper(w));
                }
            }
            lists.put(v, Set.copyOf(words));
        }
        List<PhiLabel> labels = new ArrayList<>();
        for (String line : lines("phi-labels.txt")) {
            String[] f = line.split("\\s+");
            if (f.length != 2) {
                throw new IllegalStateException("phi-labels.txt: expected LABEL RULE, got " + f.length + " fields");
            }
            boolean needsPunctuation = f[0].endsWith(":");
            String word = needsPunctuation ? f[0].substring(0, f[0].length() - 1) : f[0];
            labels.add(new PhiLabel(upper(word), needsPunctuation, f[1]));
        }
        Map<String, Integer> months = new HashMap<>();
        for (String line : lines("months.txt")) {
            String[] f = line.split("\\s+");
            int month = Integer.parseInt(f[0]);
            for (int i = 1; i < f.length; i++) {
                months.put(upper(f[i]), month);
            }
        }
        return new Vocabularies(Map.copyOf(lists), List.copyOf(labels), Map.copyOf(months));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Non-blank, non-comment lines of one shipped file, trimmed. */
    private static List<String> lines(String fileName) {
        try (InputStream in = Vocabularies.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + fileName);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
