package io.pixelscrub.testdata.synthetic.content;

import io.pixelscrub.models.vocab.PhiLabel;
import io.pixelscrub.models.vocab.Vocabularies;
import io.pixelscrub.models.vocab.Vocabulary;
import io.pixelscrub.testdata.synthetic.truth.TextKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The honest corpus's invented device text is independent of the classifier: none of its words is on the allow-list
 * (the classifier's allow-list is DEVICE_LABELS + ORIENTATION + UNITS + ANATOMY + VENDORS + COMMON_WORDS, as
 * {@code io.pixelscrub.detector.classify.ClassifierVocabulary} builds it from the same shipped files), so whatever
 * the classifier keeps of it, it keeps by shape, not by memory. None is a PHI label, identifier label, institution
 * word, a name of the lexicon or of the generator's own name lists either: those would make the line PHI-like.
 */
class InventedDeviceVocabularyTest {

    private static final Vocabularies V = Vocabularies.shipped();

    static Set<String> allowList() {
        Set<String> allow = new HashSet<>();
        for (Vocabulary v : List.of(Vocabulary.DEVICE_LABELS, Vocabulary.ORIENTATION, Vocabulary.UNITS,
                Vocabulary.ANATOMY, Vocabulary.VENDORS, Vocabulary.COMMON_WORDS)) {
            allow.addAll(V.words(v));
        }
        return allow;
    }

    static Set<String> phiLike() {
        Set<String> out = new HashSet<>();
        for (Vocabulary v : List.of(Vocabulary.IDENTIFIER_LABELS, Vocabulary.INSTITUTION_WORDS,
                Vocabulary.ORGANISATION_WORDS, Vocabulary.FIRST_NAMES, Vocabulary.SURNAMES)) {
            out.addAll(V.words(v));
        }
        for (PhiLabel l : V.phiLabels()) {
            out.add(l.word());
        }
        out.addAll(V.months().keySet());
        out.addAll(GeneralNames.allWords());
        return out;
    }

    @Test
    void inventedWordsAreOnNoListOfTheClassifier() {
        Set<String> allow = allowList();
        Set<String> phi = phiLike();
        Set<String> onAllowList = new TreeSet<>();
        Set<String> phiShaped = new TreeSet<>();
        for (String w : DeviceAnnotations.inventedWords()) {
            String u = w.toUpperCase(Locale.ROOT);
            if (allow.contains(u)) {
                onAllowList.add(w);
            }
            if (phi.contains(u)) {
                phiShaped.add(w);
            }
        }
        assertEquals(Set.of(), onAllowList, "invented device words that are on the classifier's allow-list");
        assertEquals(Set.of(), phiShaped, "invented device words that are PHI labels, names or institution words");
        assertTrue(allow.size() > 500, "the allow-list loaded: " + allow.size());
    }

    /** Every letter-only token the invented annotations draw is an invented word (the rest are numbers and shapes). */
    @Test
    void inventedAnnotationsDrawOnlyInventedWordsAndKnownUnits() {
        Set<String> invented = new HashSet<>();
        DeviceAnnotations.inventedWords().forEach(w -> invented.add(w.toUpperCase(Locale.ROOT)));
        Set<String> allow = allowList();
        SplittableRandom r = new SplittableRandom(11);
        Set<String> categories = new TreeSet<>();
        List<String> stray = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            TextContent t = DeviceAnnotations.invented(r);
            assertEquals(TextKind.DEVICE, t.kind());
            categories.add(t.category());
            for (String token : t.text().split("\\s+")) {
                String u = token.toUpperCase(Locale.ROOT);
                if (!u.matches("\\p{L}+")) {
                    continue; // probe names, numbers, callout markers: shapes, not words
                }
                boolean callUnit = t.category().equals("callout") && allow.contains(u);
                if (!invented.contains(u) && !callUnit) {
                    stray.add(t.text());
                }
            }
        }
        assertEquals(List.of(), stray);
        assertEquals(Set.of("callout", "invented-label", "invented-preset", "invented-probe"), categories);
    }
}
