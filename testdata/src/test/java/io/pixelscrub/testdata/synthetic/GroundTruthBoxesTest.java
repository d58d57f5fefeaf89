package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.reference.ColorHandling;
import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import io.pixelscrub.testdata.synthetic.plan.CasePlan;
import io.pixelscrub.testdata.synthetic.truth.Box;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Checks the ground truth against the files as an independent decoder (dcmtk, GDCM) reads them:
 * compared with a text-free rendering of the same case, every changed pixel lies in a box of an item on
 * that frame, and each box is exactly the bounding box of the changed pixels inside it.
 */
class GroundTruthBoxesTest {

    @TestFactory
    Stream<DynamicTest> losslessFilesMatchTheirGroundTruthPixelForPixel() {
        return TestCorpus.truth().cases().stream().filter(c -> !c.lossy())
                .map(c -> dynamicTest(c.file(), () -> checkLossless(c)));
    }

    @TestFactory
    Stream<DynamicTest> lossyFilesStayCloseAndKeepTheirTextInTheBoxes() {
        return TestCorpus.truth().cases().stream().filter(CaseTruth::lossy)
                .map(c -> dynamicTest(c.file(), () -> checkLossy(c)));
    }

    private static void checkLossless(CaseTruth c) throws IOException {
        CasePlan plan = TestCorpus.corpus().plan(TestCorpus.indexOf(c));
        ReferenceImage decoded = ReferenceDecoder.decode(TestCorpus.file(c));
        assertEquals(List.of(c.rows(), c.columns(), c.frames()),
                List.of(decoded.rows(), decoded.columns(), decoded.frames()));
        List<int[]> drawn = new ArrayList<>();
        List<TextTruth> redrawn = CaseRenderer.render(plan, true, (f, s) -> drawn.add(s));
        assertEquals(c.texts(), redrawn, "rendering again gives the same truth");
        List<int[]> clean = new ArrayList<>();
        CaseRenderer.render(plan, false, (f, s) -> clean.add(s));
        assertNoOverlaps(c);

        int spp = plan.format().samplesPerPixel;
        Box[] changedInside = new Box[c.texts().size()];
        List<TreeSet<Integer>> framesInside = c.texts().stream().map(t -> new TreeSet<Integer>()).toList();
        for (int f = 0; f < c.frames(); f++) {
            for (int y = 0; y < c.rows(); y++) {
                for (int x = 0; x < c.columns(); x++) {
                    boolean changed = false;
                    for (int s = 0; s < spp; s++) {
                        int value = decoded.storedValue(f, y, x, s);
                        int i = (y * c.columns() + x) * spp + s;
                        if (value != drawn.get(f)[i]) {
                            fail("decoded sample differs from the drawing at frame " + f + " (" + x + "," + y
                                    + ") sample " + s + ": " + value + " != " + drawn.get(f)[i]);
                        }
                        changed |= value != clean.get(f)[i];
                    }
                    if (changed) {
                        int item = owner(c, f, x, y);
                        Box pixel = new Box(x, y, 1, 1);
                        changedInside[item] = changedInside[item] == null ? pixel : changedInside[item].union(pixel);
                        framesInside.get(item).add(f);
                    }
                }
            }
        }
        for (int i = 0; i < c.texts().size(); i++) {
            TextTruth t = c.texts().get(i);
            assertEquals(t.box(), changedInside[i], "box of '" + t.text() + "' is the bounding box of its pixels");
            assertEquals(t.frames(), List.copyOf(framesInside.get(i)), "frames of '" + t.text() + "'");
        }
    }

    /** The item whose box holds a changed pixel on frame f; failing when none does. */
    private static int owner(CaseTruth c, int frame, int x, int y) {
        for (int i = 0; i < c.texts().size(); i++) {
            TextTruth t = c.texts().get(i);
            if (t.frames().contains(frame) && t.box().contains(x, y)) {
                return i;
            }
        }
        return fail("pixel (" + x + "," + y + ") on frame " + frame + " changed but is in no ground-truth box");
    }

    private static void assertNoOverlaps(CaseTruth c) {
        List<TextTruth> t = c.texts();
        for (int i = 0; i < t.size(); i++) {
            for (int j = i + 1; j < t.size(); j++) {
                boolean shareFrame = t.get(i).frames().stream().anyMatch(t.get(j).frames()::contains);
                assertFalse(shareFrame && t.get(i).box().intersects(t.get(j).box()),
                        "'" + t.get(i).text() + "' and '" + t.get(j).text() + "' overlap");
            }
        }
    }

    /**
     * Lossy JPEG changes every pixel a little, so only the picture as a whole is compared; the text must
     * still show inside each box (the decoded box differs clearly from the text-free drawing).
     */
    private static void checkLossy(CaseTruth c) throws IOException {
        CasePlan plan = TestCorpus.corpus().plan(TestCorpus.indexOf(c));
        ReferenceImage decoded = ReferenceDecoder.decode(TestCorpus.file(c), ColorHandling.TO_RGB);
        List<int[]> drawn = new ArrayList<>();
        CaseRenderer.render(plan, true, (f, s) -> drawn.add(s));
        List<int[]> clean = new ArrayList<>();
        CaseRenderer.render(plan, false, (f, s) -> clean.add(s));
        int spp = plan.format().samplesPerPixel;
        double error = 0;
        for (int f = 0; f < c.frames(); f++) {
            for (int y = 0; y < c.rows(); y++) {
                for (int x = 0; x < c.columns(); x++) {
                    for (int s = 0; s < spp; s++) {
                        error += Math.abs(decoded.storedValue(f, y, x, s) - drawn.get(f)[(y * c.columns() + x) * spp + s]);
                    }
                }
            }
        }
        double mean = error / ((double) c.frames() * c.rows() * c.columns() * spp);
        assertTrue(mean < 4, "mean absolute error " + mean + " after JPEG baseline");
        for (TextTruth t : c.texts()) {
            int f = t.frames().get(0);
            double inside = 0;
            Box b = t.box();
            for (int y = b.y(); y <= b.bottom(); y++) {
                for (int x = b.x(); x <= b.right(); x++) {
                    for (int s = 0; s < spp; s++) {
                        inside = Math.max(inside, Math.abs(decoded.storedValue(f, y, x, s)
                                - clean.get(f)[(y * c.columns() + x) * spp + s]));
                    }
                }
            }
            assertTrue(inside >= 8, "text '" + t.text() + "' still visible in its box (max difference " + inside + ")");
        }
    }
}
