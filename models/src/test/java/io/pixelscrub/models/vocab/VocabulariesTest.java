package io.pixelscrub.models.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabulariesTest {

    private final Vocabularies vocab = Vocabularies.shipped();

    @Test
    void everyListLoadsUpperCaseAndNonEmpty() {
        for (Vocabulary v : Vocabulary.values()) {
            Set<String> words = vocab.words(v);
            assertFalse(words.isEmpty(), v.name());
            for (String w : words) {
                assertEquals(w.toUpperCase(java.util.Locale.ROOT), w, v.name());
            }
        }
        assertTrue(vocab.words(Vocabulary.UNITS).contains("MHZ"));
        assertTrue(vocab.words(Vocabulary.DEVICE_LABELS).contains("TIS"));
        assertTrue(vocab.words(Vocabulary.ORIENTATION).contains("R"));
    }

    @Test
    void nameLexiconIsSizedAndFreeOfDeviceWords() {
        Set<String> first = vocab.words(Vocabulary.FIRST_NAMES);
        Set<String> last = vocab.words(Vocabulary.SURNAMES);
        assertTrue(first.size() > 2000 && first.size() < 10000, "first names: " + first.size());
        assertTrue(last.size() > 2000 && last.size() < 10000, "surnames: " + last.size());
        assertTrue(first.contains("JOHN") && first.contains("MARY"));
        assertTrue(last.contains("SMITH"));
        for (Vocabulary device : EnumSet.of(Vocabulary.UNITS, Vocabulary.DEVICE_LABELS, Vocabulary.ORIENTATION,
                Vocabulary.ANATOMY, Vocabulary.VENDORS, Vocabulary.COMMON_WORDS)) {
            for (String w : vocab.words(device)) {
                assertFalse(first.contains(w) || last.contains(w), device + " word in the name lexicon: " + w);
            }
        }
        assertFalse(first.contains("PAT"), "PAT is a PHI label, not a name");
    }

    @Test
    void phiLabelsAndMonthsParse() {
        assertTrue(vocab.phiLabels().stream().anyMatch(l -> l.word().equals("DOB") && !l.needsPunctuation()));
        assertTrue(vocab.phiLabels().stream().anyMatch(l -> l.word().equals("NAME") && l.needsPunctuation()));
        assertEquals(1, vocab.months().get("JAN"));
        assertEquals(2, vocab.months().get("FEV"));
        assertEquals(10, vocab.months().get("OKT"));
        assertEquals(12, vocab.months().get("DICIEMBRE"));
    }
}
