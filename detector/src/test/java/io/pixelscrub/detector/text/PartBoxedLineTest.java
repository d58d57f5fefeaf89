package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line the detector boxed only in part (its probability map fell under the threshold over the rest: an identifier's
 * last digits over speckle) is covered whole when redacted: the reader grows its cover to the line's ends
 * ({@link LineEnds}); it reads the line as boxed. The detector here is a stand-in that boxes a piece of the line.
 */
class PartBoxedLineTest {

    @Test
    void aLineBoxedInPartIsReadAndCoveredWhole() {
        for (SceneBackground background : new SceneBackground[] {SceneBackground.BLACK, SceneBackground.NOISE}) {
            for (String font : new String[] {"DejaVu Sans Mono", "Liberation Serif"}) {
                Scene scene = new Scene(320, 120, background, 7)
                        .text("MRN: 16-50-51-968292", font, Font.PLAIN, 16, new Color(235, 235, 235), true, 20, 60);
                Box truth = scene.drawn().get(0).truth();
                // The detector's box: the middle third of the line, padded as DBNet pads a line.
                Box part = Box.fromCorners(truth.x() + truth.width() / 3, truth.y() - 3,
                        truth.x() + 2 * truth.width() / 3, truth.bottom() + 3);
                List<Box> read = new ArrayList<>();
                PixelTextReader reader = new PixelTextReader(new DisplayMapper(), new OneBox(part), new Recording(read));
                List<ReadLine> lines = reader.read(scene.grey8());
                String what = background + " " + font;
                assertEquals(1, lines.size(), what);
                assertTrue(lines.get(0).cover().contains(truth), what + ": cover " + lines.get(0).cover() + ", ink " + truth);
                assertEquals(part, lines.get(0).box(), what + ": the line is as the detector boxed it");
                assertEquals(List.of(part), read, what + ": read as boxed");
                Box redacted = TextFindings.judge(lines, 0, text -> new TextVerdict(Verdict.PHI, 0.9, "test"),
                        FindingSource.DETECTOR).get(0).box();
                assertTrue(redacted.contains(truth), what + ": redacted " + redacted + ", ink " + truth);
            }
        }
    }

    /** A detector that finds the same box in every picture (upright only). */
    record OneBox(Box box) implements TextLocator {
        @Override
        public List<TextBox> locate(DisplayImage image) {
            return image.width() > image.height() ? List.of(new TextBox(box, 0.9)) : List.of();
        }

        @Override
        public void close() { }
    }

    /** A reader that records the boxes it was asked to read and reads a fixed, sure text. */
    private record Recording(List<Box> boxes) implements LineReader {
        @Override
        public OcrLine read(DisplayImage image, Box box) {
            boxes.add(box);
            return new OcrLine("MRN 123456", 0.95);
        }

        @Override
        public void close() { }
    }
}
