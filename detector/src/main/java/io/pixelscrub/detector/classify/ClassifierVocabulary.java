package io.pixelscrub.detector.classify;

import io.pixelscrub.models.vocab.PhiLabel;
import io.pixelscrub.models.vocab.Vocabularies;
import io.pixelscrub.models.vocab.Vocabulary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shipped vocabularies in the form the classifier compares with: upper case, diacritics dropped (as
 * {@link LineText} drops them), the name lexicon cleared of every allow-listed word.
 */
final class ClassifierVocabulary {

    private static final ClassifierVocabulary SHIPPED = new ClassifierVocabulary(Vocabularies.shipped());

    final Set<String> allowWords;
    final Set<String> units;
    /** Words that may carry a number glued to them: "TIS0.0", "R58", "IM#2", "A114". */
    final Set<String> labelWords;
    /** Vendor and product names ("GE", "ADVANTAGE", "PHILIPS"): device identity, never a demographic value alone. */
    final Set<String> vendorWords;
    final Set<String> institutionWords;
    /**
     * Words that end company and institution names alike ("MEDICAL", "HEALTHCARE", "SYSTEMS"): explained only by the
     * file's own device identity ({@link HeaderDenyList#deviceWords()}).
     */
    final Set<String> organisationWords;
    /** Words after which a value with a digit is an identifier ("Ex 4711", "MRN 123", "Study 55"). */
    final Set<String> identifierLabels;
    final Set<String> firstNames;
    final Set<String> surnames;
    final Map<String, PhiLabel> phiLabels;
    final Map<String, Integer> months;
    /** Month names that are also device words (GEN, MAG, SET...): a date only with a year beside them. */
    final Set<String> monthsNeedingYear;

    ClassifierVocabulary(Vocabularies v) {
        units = plain(v.words(Vocabulary.UNITS));
        labelWords = union(plain(v.words(Vocabulary.DEVICE_LABELS)), plain(v.words(Vocabulary.ORIENTATION)), units);
        allowWords = union(labelWords, plain(v.words(Vocabulary.ANATOMY)), plain(v.words(Vocabulary.VENDORS)),
                plain(v.words(Vocabulary.COMMON_WORDS)));
        vendorWords = plain(v.words(Vocabulary.VENDORS));
        institutionWords = plain(v.words(Vocabulary.INSTITUTION_WORDS));
        organisationWords = plain(v.words(Vocabulary.ORGANISATION_WORDS));
        identifierLabels = plain(v.words(Vocabulary.IDENTIFIER_LABELS));
        Set<String> notNames = union(allowWords, institutionWords, organisationWords);
        firstNames = without(plain(v.words(Vocabulary.FIRST_NAMES)), notNames);
        surnames = without(plain(v.words(Vocabulary.SURNAMES)), notNames);
        Map<String, PhiLabel> labels = new HashMap<>();
        for (PhiLabel l : v.phiLabels()) {
            labels.putIfAbsent(plain(l.word()), l);
        }
        phiLabels = Map.copyOf(labels);
        Map<String, Integer> m = new HashMap<>();
        v.months().forEach((name, month) -> m.putIfAbsent(plain(name), month));
        months = Map.copyOf(m);
        Set<String> ambiguous = new HashSet<>(months.keySet());
        ambiguous.retainAll(allowWords);
        monthsNeedingYear = Set.copyOf(ambiguous);
    }

    static ClassifierVocabulary shipped() {
        return SHIPPED;
    }

    boolean isName(String upperWord) {
        return firstNames.contains(upperWord) || surnames.contains(upperWord);
    }

    private static String plain(String s) {
        return LineText.normalise(s).toUpperCase(Locale.ROOT);
    }

    private static Set<String> plain(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(plain(w));
        }
        return Set.copyOf(out);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return Set.copyOf(out);
    }

    private static Set<String> without(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return Set.copyOf(out);
    }
}
