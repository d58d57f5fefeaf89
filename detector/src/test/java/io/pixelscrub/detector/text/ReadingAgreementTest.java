package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadingAgreementTest {

    private static OcrLine read(String text) {
        return new OcrLine(text, 0.2);
    }

    @Test
    void sameTextReadTwiceAgreesDespiteStrayPunctuationAndSpacing() {
        assertTrue(ReadingAgreement.same(read("TIS: 0.5"), read("‘TIS:0.5")));
        assertTrue(ReadingAgreement.same(read("Slice 3.0mm"), read("[Slice 3.0mm]")));
    }

    @Test
    void differentTextDoesNotAgree() {
        assertFalse(ReadingAgreement.same(read("PRF 6.4kHz"), read("PRF 6.4kKHz")));
        assertFalse(ReadingAgreement.same(read("2.1cm"), read("2.1¢m")));
        assertFalse(ReadingAgreement.same(read("Op: BT"), OcrLine.NOTHING));
    }

    @Test
    void oneOrTwoCharactersAgreeByChanceAndDoNotCount() {
        assertFalse(ReadingAgreement.same(read("R"), read("R")));
        assertFalse(ReadingAgreement.same(read("|l"), read("|l")));
    }
}
