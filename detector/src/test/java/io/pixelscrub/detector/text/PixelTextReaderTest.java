package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Frame in, lines out, for every photometric interpretation and bit depth the mapper renders. */
class PixelTextReaderTest {

    private static PixelTextReader reader;

    @BeforeAll
    static void open() {
        reader = PixelTextReader.open(TextEngineConfig.defaults().withDetectorThreads(2));
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    private record Encoding(String name, Function<Scene, RawFrame> encode) {
        @Override public String toString() { return name; }
    }

    static Stream<Arguments> encodings() {
        List<Encoding> encodings = List.of(
                new Encoding("MONOCHROME2 8-bit", Scene::grey8),
                new Encoding("MONOCHROME1 8-bit", Scene::mono1),
                new Encoding("MONOCHROME2 12-bit CT, soft-tissue window", Scene::ct16WithWindow),
                new Encoding("MONOCHROME2 16-bit, no window", Scene::grey16NoWindow),
                new Encoding("PALETTE COLOR", Scene::palette),
                new Encoding("YBR_FULL", Scene::ybrFull),
                new Encoding("RGB", Scene::rgb8));
        List<Arguments> cases = new ArrayList<>();
        for (Encoding e : encodings) {
            cases.add(Arguments.of(e, "over-anatomy", SceneCatalogue.overAnatomy(640, 480)));
            cases.add(Arguments.of(e, "sizes-and-fonts", SceneCatalogue.sizesAndFonts(640, 480)));
        }
        return cases.stream();
    }

    private static List<Box> boxes(List<ReadLine> lines) {
        return lines.stream().map(ReadLine::box).toList();
    }

    private static void assertCovered(Scene scene, List<ReadLine> lines, String what) {
        List<Box> boxes = boxes(lines);
        for (Scene.Drawn d : scene.drawn()) {
            assertEquals(0, Coverage.uncovered(d.truth(), boxes), what + ": " + d.fontSize() + " px line at " + d.truth()
                    + " not fully covered by " + boxes);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("encodings")
    void everyLineIsCoveredWhateverTheEncoding(Encoding encoding, String name, Scene scene) {
        assertCovered(scene, reader.read(encoding.encode().apply(scene)), encoding + " " + name);
    }

    @Test
    void textOverBoneInASoftTissueWindowIsFoundInTheFullRangeView() {
        Scene scene = SceneCatalogue.overBone(640, 480);
        RawFrame ct = scene.ct16WithWindow();
        assertEquals(2, new DisplayMapper().render(ct).size(), "the window saturates bone: an extra view is due");
        List<ReadLine> lines = reader.read(ct);
        assertCovered(scene, lines, "CT over bone");
        assertTrue(lines.stream().anyMatch(l -> l.mapping().equals("full-range")), "mappings " + lines.stream().map(ReadLine::mapping).toList());
    }

    @Test
    void largeFrameWithTenPixelText() {
        Scene scene = SceneCatalogue.large(2400, 2000);
        assertCovered(scene, reader.read(scene.grey8()), "2400x2000");
    }

    @Test
    void ocrReadsCleanLinesAlmostExactly() {
        for (Scene scene : List.of(SceneCatalogue.sizesAndFonts(640, 480), SceneCatalogue.colours(640, 480), SceneCatalogue.inverse(640, 480))) {
            List<ReadLine> lines = reader.read(scene.rgb8());
            for (Scene.Drawn d : scene.drawn()) {
                String read = textOver(lines, d.truth());
                assertTrue(Coverage.editDistance(read, d.text()) <= 2,
                        d.fontSize() + " px line read with edit distance " + Coverage.editDistance(read, d.text()));
            }
        }
    }

    @Test
    void ocrReadsMostLinesOfTheHardScenes() {
        int lines = 0;
        int close = 0;
        for (SceneCatalogue.Named named : SceneCatalogue.all(640, 480)) {
            List<ReadLine> read = reader.read(named.scene().grey8());
            for (Scene.Drawn d : named.scene().drawn()) {
                lines++;
                if (Coverage.editDistance(textOver(read, d.truth()), d.text()) <= Math.max(2, d.text().length() / 6)) close++;
            }
        }
        assertTrue(close >= 0.75 * lines, close + " of " + lines + " lines read within a small edit distance");
    }

    @Test
    void textFreeFrameGivesNoLegibleLines() {
        for (SceneCatalogue.Named named : SceneCatalogue.textFree(640, 480)) {
            for (ReadLine line : reader.read(named.scene().grey8())) {
                assertTrue(line.ocr().text().replaceAll("[^A-Za-z0-9]", "").length() <= 3 || line.ocr().confidence() < 0.5,
                        named.name() + ": legible text read where none was drawn: " + line.ocr());
            }
        }
    }

    /** What was read in the boxes that overlap a drawn line, in reading order. */
    private static String textOver(List<ReadLine> lines, Box truth) {
        return String.join(" ", lines.stream().filter(l -> l.box().intersects(truth)).map(l -> l.ocr().text()).toList());
    }
}
