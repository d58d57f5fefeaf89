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
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A letter or two read in a box with room for a word is no device annotation: the allow-list explains the letters
 * read, not the rest of the box (tuning seed 41: "G. BONE  L16-936" at 23 px read "e e" in a 316x49 box, kept).
 */
class PartialReadingsTest {

    private static final LineJudge JUDGE = text -> PhiClassifier.standard().classify(text, HeaderDenyList.empty());

    private static Finding judged(Box box, String text, double confidence, boolean vertical) {
        ReadLine line = new ReadLine(box, 0.9, new OcrLine(text, confidence), "window", false, true, vertical);
        return TextFindings.judge(List.of(line), 0, JUDGE, FindingSource.DETECTOR).get(0);
    }

    @Test
    void aLetterOrTwoReadInALongBoxAreNotKept() {
        for (String text : new String[] {"e e", "A", "12", "S."}) {
            Finding f = judged(new Box(0, 0, 306, 39), text, 0.84, false);
            assertEquals(Verdict.UNKNOWN, f.verdict(), text + ": " + f.reason());
            assertTrue(f.reason().contains("read too little"), f.reason());
        }
        // Letters alone are what OCR makes of strokes it cannot read: a 254 px box over "ID 26-29-97-959587" on a
        // light box read so at 0.73 (fresh seed 9494); a word of two letters and lone letters read too little.
        for (String text : new String[] {"DB e e e e °", "e e e e", "ms a e i"}) {
            Finding f = judged(new Box(0, 50, 254, 36), text, 0.73, false);
            assertEquals(Verdict.UNKNOWN, f.verdict(), text + ": " + f.reason());
            assertTrue(f.reason().contains("read too little"), f.reason());
        }
        Finding vertical = judged(new Box(0, 100, 30, 160), "g", 0.9, true);
        assertEquals(Verdict.UNKNOWN, vertical.verdict(), "along a vertical line: " + vertical.reason());
    }

    @Test
    void markersBoxedAboutAsLongAsTallAndWholeReadingsAreJudgedAsRead() {
        assertEquals(Verdict.NOT_PHI, judged(new Box(200, 200, 40, 30), "R", 0.9, false).verdict(), "a marker");
        assertEquals(Verdict.NOT_PHI, judged(new Box(200, 200, 100, 30), "12", 0.9, false).verdict(),
                "a counter in a box with room for three characters");
        assertEquals(Verdict.NOT_PHI, judged(new Box(0, 0, 306, 39), "FOV 45.1 cm", 0.9, false).verdict(),
                "a reading with more than two characters is judged as read");
        assertEquals(Verdict.NOT_PHI, judged(new Box(0, 0, 306, 39), "Gain 12 dB R", 0.9, false).verdict(),
                "a lone letter beside words read is a marker");
        assertEquals(Verdict.NOT_PHI, judged(new Box(0, 0, 306, 39), "P 1 2 3", 0.9, false).verdict(),
                "single digits are read");
        // The first reading read nothing, the second read the line whole (the 12-up film's markers): as read.
        ReadLine readTwice = new ReadLine(new Box(0, 0, 221, 39), 0.9, OcrLine.NOTHING, "window", false, true, false,
                new OcrLine("FOV 45.1 cm", 0.9));
        Finding f = TextFindings.judge(List.of(readTwice), 0, JUDGE, FindingSource.DETECTOR).get(0);
        assertEquals(Verdict.NOT_PHI, f.verdict(), f.reason());
        // Two preparations read the same letters: the rest of the box is no text (a label beside a graphic).
        ReadLine confirmed = new ReadLine(new Box(0, 0, 221, 39), 0.9, new OcrLine("2D", 0.44), "window", true, true,
                false, new OcrLine("2D", 0.5));
        Finding c = TextFindings.judge(List.of(confirmed), 0, JUDGE, FindingSource.DETECTOR).get(0);
        assertEquals(Verdict.NOT_PHI, c.verdict(), c.reason());
    }

    /** Grey text on black in a 324x62 picture, as a detector box around a 34 px line: the picture is the box. */
    private static DisplayImage drawn(String text) {
        BufferedImage im = new BufferedImage(324, 62, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(150, 150, 150));
        g.setFont(FontCatalog.font("DejaVu Sans Mono", false, 34));
        g.drawString(text, 8, 44);
        g.dispose();
        byte[] px = new byte[324 * 62];
        im.getRaster().getDataElements(0, 0, 324, 62, px);
        return new DisplayImage(324, 62, 1, px, "window");
    }

    /**
     * Two readings that agree on a letter or two of a long box that shows a chain of letters agree on a piece of it:
     * a 34 px {@code Exam 8093914374} was read {@code 20%} twice (seed 9494) and kept on that agreement. Where the box
     * shows no such chain (a label beside a graphic, an empty box), the agreement stands.
     */
    @Test
    void agreeingOnALetterOrTwoOfALongLineOfLettersConfirmsNothing() {
        Box box = new Box(0, 0, 324, 62);
        OcrLine twenty = new OcrLine("20%", 0.56);
        assertTrue(PartialReadings.readTooLittle(box, false, twenty, twenty));
        assertFalse(PartialReadings.readTooLittle(box, false, new OcrLine("Exam 8093", 0.5), twenty), "one read more");
        assertFalse(PartialReadings.readTooLittle(new Box(0, 0, 120, 62), false, twenty, twenty), "a short box");
        assertTrue(PixelTextReader.piecesOfWriting(drawn("Exam 8093914374"), box, twenty, twenty));
        assertFalse(PixelTextReader.piecesOfWriting(drawn(""), box, twenty, twenty), "no writing in the box");
        assertFalse(PixelTextReader.piecesOfWriting(drawn("  60%"), box, new OcrLine("60%", 0.44),
                new OcrLine("60%", 0.5)), "a label read whole in a loose box");
        assertFalse(PixelTextReader.piecesOfWriting(drawn("Exam 8093914374"), box, new OcrLine("Exam 8093914374", 0.5),
                new OcrLine("Exam 8093914374", 0.5)), "read whole");
    }
}
