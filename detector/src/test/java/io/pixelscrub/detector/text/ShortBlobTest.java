package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.MapHeaderView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Path 8 of issue #11, "too short to identify anyone": only a blob whose box holds no run of letter-like marks, in
 * which OCR saw at most one character, or saw characters it could not stand behind, is let go, and never in a file
 * whose header holds a value of one or two characters; two characters read with confidence are text (initials, an
 * age) and keep the classifier's verdict.
 */
class ShortBlobTest {

    private static final LineJudge JUDGE = text -> PhiClassifier.standard().classify(text, HeaderDenyList.empty());
    /** Two characters wide: 26 x 20 px. */
    private static final Box NARROW = new Box(200, 200, 26, 20);

    /** A blob whose box was examined and holds no run of letter-like marks ({@link GlyphEvidence}). */
    private static ReadLine blob(Box box, OcrLine first, OcrLine second) {
        return new ReadLine(box, 0.9, first, "window", false, false, false, second);
    }

    private static Finding judged(String text, double ocrConfidence) {
        return judged(blob(NARROW, new OcrLine(text, ocrConfidence), OcrLine.NOTHING));
    }

    private static Finding judged(ReadLine line) {
        return TextFindings.judge(List.of(line), 0, JUDGE, FindingSource.DETECTOR).get(0);
    }

    @Test
    void twoLettersReadWithConfidenceAreNotLetGo() {
        Finding f = judged("JS", 0.9);
        assertEquals(Verdict.UNKNOWN, f.verdict());
        assertFalse(f.reason().contains("too short"), f.reason());
    }

    @Test
    void unreadableOrUnsureBlobsStandingAloneAreNoText() {
        for (Finding f : List.of(judged("", 0), judged("~", 0.3), judged("#", 0.9), judged("Xq", 0.2))) {
            assertEquals(Verdict.NOT_PHI, f.verdict(), f.reason());
            assertTrue(f.reason().contains("too short to identify anyone"), f.reason());
        }
    }

    /**
     * A character or two nothing explains may be a header value that short misread (an operator's {@code CC} read
     * "oo"). In a file whose header holds such a value the blob is not let go; in one whose header holds none it is.
     */
    @Test
    void aBlobInAFileWithAShortHeaderValueStaysUnknown() {
        LineJudge withInitials = text -> PhiClassifier.standard().classify(text,
                HeaderDenyList.from(MapHeaderView.of("OperatorsName", "CC", "PatientName", "SMITH^JOHN")));
        for (String text : new String[] {"oo", "Xq"}) {
            ReadLine line = blob(NARROW, new OcrLine(text, 0.54), OcrLine.NOTHING);
            Finding f = TextFindings.judge(List.of(line), 0, withInitials, FindingSource.DETECTOR).get(0);
            assertEquals(Verdict.UNKNOWN, f.verdict(), text + ": " + f.reason());
            assertTrue(f.reason().contains(PhiClassifier.SHORT_HEADER_VALUE), f.reason());
        }
        LineJudge longValues = text -> PhiClassifier.standard().classify(text,
                HeaderDenyList.from(MapHeaderView.of("OperatorsName", "HART^WILLA", "PatientName", "SMITH^JOHN")));
        Finding f = TextFindings.judge(List.of(blob(NARROW, new OcrLine("oo", 0.54), OcrLine.NOTHING)), 0, longValues,
                FindingSource.DETECTOR).get(0);
        assertEquals(Verdict.NOT_PHI, f.verdict(), "no value that short, no such initials: " + f.reason());
    }

    /**
     * Tuning seed 43: an operator's initials {@code CC} at 6 px read "oo" on 18 frames of a cine, whose header holds
     * the operator's full name (COPRAIRANI^CHIACK). Two letters that read as a header person's initials written small
     * (case ignored, C taken for O) are not let go as too short to identify anyone, even where a unit explains them.
     */
    @Test
    void aBlobReadAsTheInitialsOfAHeaderNameStaysUnknown() {
        LineJudge operator = text -> PhiClassifier.standard().classify(text,
                HeaderDenyList.from(MapHeaderView.of("OperatorsName", "COPRAIRANI^CHIACK^V")));
        for (String text : new String[] {"oo", "cc", "Co"}) {
            ReadLine line = blob(NARROW, new OcrLine(text, 0.54), OcrLine.NOTHING);
            Finding f = TextFindings.judge(List.of(line), 0, operator, FindingSource.DETECTOR).get(0);
            assertEquals(Verdict.UNKNOWN, f.verdict(), text + ": " + f.reason());
            assertTrue(f.reason().contains(PhiClassifier.SHORT_HEADER_VALUE), f.reason());
        }
    }

    /**
     * A small box that holds a run of letter-like marks is text whatever OCR read in it: detector boxes around small
     * text are loose (a 35x22 box around a 10 px {@code 24Y F} read as nothing, tuning seed 41).
     */
    @Test
    void aBlobHoldingARunOfLettersIsText() {
        ReadLine withLetters = new ReadLine(NARROW, 0.9, new OcrLine("", 0), "window", false, true, false,
                OcrLine.NOTHING);
        Finding f = judged(withLetters);
        assertEquals(Verdict.UNKNOWN, f.verdict(), f.reason());
        assertFalse(f.reason().contains("too short"), f.reason());
        assertTrue(TextFindings.mayBeShortBlob(20, new OcrLine("a", 0.3)), "examined for letters");
        assertFalse(TextFindings.mayBeShortBlob(20, new OcrLine("abc", 0.3)), "three characters are read as text");
        assertFalse(TextFindings.mayBeShortBlob(TextFindings.SHORT_BLOB_MAX_HEIGHT + 1, new OcrLine("", 0)),
                "taller boxes are never let go as blobs");
    }

    /** A box taller than small text: OCR's one letter may be a misreading of small text in a loose box. */
    @Test
    void aTallBoxReadAsOneLetterOrNothingStaysUnknown() {
        for (String text : List.of("a", "", "re")) {
            ReadLine line = new ReadLine(new Box(250, 373, 49, 35), 0.9, new OcrLine(text, 0.3), "window");
            Finding f = TextFindings.judge(List.of(line), 0, JUDGE, FindingSource.DETECTOR).get(0);
            assertEquals(Verdict.UNKNOWN, f.verdict(), "'" + text + "': " + f.reason());
        }
        // As tall as small text: still let go.
        ReadLine small = blob(new Box(250, 373, 30, TextFindings.SHORT_BLOB_MAX_HEIGHT), new OcrLine("a", 0.3),
                OcrLine.NOTHING);
        assertEquals(Verdict.NOT_PHI, TextFindings.judge(List.of(small), 0, JUDGE, FindingSource.DETECTOR).get(0).verdict());
    }

    private static Finding judgedTwice(Box box, OcrLine first, OcrLine second, ReadLine... others) {
        ReadLine line = blob(box, first, second);
        List<ReadLine> lines = new java.util.ArrayList<>(List.of(line));
        lines.addAll(List.of(others));
        return TextFindings.judge(lines, 0, JUDGE, FindingSource.DETECTOR).get(0);
    }

    /** Issue #11 point 4: a speck of a CT's brain, 20x10 px, read "r a" and then "r", both unsurely. */
    @Test
    void twoCharactersReadUnsurelyAndDifferentlyTwiceAreNoText() {
        Box wide = new Box(212, 304, 20, 10);
        Finding f = judgedTwice(wide, new OcrLine("r a", 0.56), new OcrLine("r", 0.49));
        assertEquals(Verdict.NOT_PHI, f.verdict(), f.reason());
        assertTrue(f.reason().contains("too short to identify anyone"), f.reason());
        // a box the detector drew over anatomy beside it, without writing, does not make it part of a text block
        ReadLine anatomy = new ReadLine(new Box(167, 313, 98, 98), 0.9, new OcrLine("oh", 0.34), "window", false, false,
                false, new OcrLine("oh", 0.34));
        assertEquals(Verdict.NOT_PHI, judgedTwice(wide, new OcrLine("r a", 0.56), new OcrLine("r", 0.49), anatomy).verdict());
    }

    @Test
    void twoCharactersReadAlikeTwiceOrSurelyOrBesideTextStayUnknown() {
        Box wide = new Box(212, 304, 20, 10);
        assertEquals(Verdict.UNKNOWN, judgedTwice(wide, new OcrLine("J S", 0.5), new OcrLine("JS", 0.4)).verdict(),
                "the same letters read twice: maybe initials");
        assertEquals(Verdict.UNKNOWN, judgedTwice(wide, new OcrLine("J S", 0.9), new OcrLine("JO", 0.4)).verdict(),
                "read surely once");
        assertEquals(Verdict.UNKNOWN, judgedTwice(wide, new OcrLine("J S", 0.5), OcrLine.NOTHING).verdict(),
                "never read a second time");
        assertEquals(Verdict.UNKNOWN, judgedTwice(new Box(212, 304, 60, 24), new OcrLine("J S", 0.5),
                new OcrLine("JO", 0.4)).verdict(), "24 px letters: a box that size is text more often than a speck");
        ReadLine text = new ReadLine(new Box(236, 304, 60, 10), 0.9, new OcrLine("SMITH", 0.9), "window");
        assertEquals(Verdict.UNKNOWN, judgedTwice(wide, new OcrLine("J S", 0.5), new OcrLine("JO", 0.4), text).verdict(),
                "beside a line of text: a piece of it");
    }
}
