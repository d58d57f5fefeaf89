package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.synthetic.truth.CaseKind;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;
import io.pixelscrub.testdata.synthetic.truth.TextKind;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default corpus holds what a benchmark needs: every encoding, every kind of case and of text. */
class CorpusCoverageTest {

    private static final GroundTruth TRUTH = TestCorpus.truth();

    @Test
    void everyPixelFormatIsWrittenInEverySyntaxItIsUsedWith() {
        Set<String> written = TRUTH.cases().stream()
                .map(c -> c.file().replaceFirst("^case\\d+_", "").replace(".dcm", "")).collect(Collectors.toSet());
        for (CaseAssignments.Combo combo : CaseAssignments.combos()) {
            assertTrue(written.contains(combo.format() + "_" + combo.encoding()), "missing " + combo);
        }
        assertEquals(Set.of("1.2.840.10008.1.2.1", "1.2.840.10008.1.2", "1.2.840.10008.1.2.5",
                "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90",
                "1.2.840.10008.1.2.4.50"), values(CaseTruth::transferSyntaxUid));
        assertTrue(values(CaseTruth::photometric).containsAll(Set.of("MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL",
                "PALETTE COLOR", "YBR_FULL_422")), values(CaseTruth::photometric).toString());
        assertTrue(TRUTH.cases().stream().anyMatch(c -> c.bitsStored() == 12));
    }

    @Test
    void cleanAndDeviceOnlyCasesCarryNoPhi() {
        List<CaseTruth> clean = of(CaseKind.CLEAN);
        List<CaseTruth> device = of(CaseKind.DEVICE_ONLY);
        assertTrue(clean.size() >= 3 && device.size() >= 3, clean.size() + " clean, " + device.size() + " device-only");
        clean.forEach(c -> assertEquals(List.of(), c.texts(), c.file()));
        device.forEach(c -> assertFalse(c.texts().isEmpty(), c.file()));
        device.forEach(c -> assertEquals(List.of(), c.phiTexts(), c.file()));
        TRUTH.cases().forEach(c -> assertEquals(c.kind() != CaseKind.PHI, c.pixelsMustStayIdentical(), c.file()));
        of(CaseKind.PHI).forEach(c -> assertFalse(c.phiTexts().isEmpty(), c.file()));
    }

    @Test
    void cinesRepeatTheirHeaderOnEveryFrameAndCountFrames() {
        List<CaseTruth> cines = TRUTH.cases().stream().filter(c -> c.frames() > 1).toList();
        assertFalse(cines.isEmpty());
        for (CaseTruth c : cines) {
            assertTrue(c.frames() >= 8 && c.frames() <= 20, c.file());
            List<Integer> all = IntStream.range(0, c.frames()).boxed().toList();
            c.phiTexts().forEach(t -> assertEquals(all, t.frames(), t.text()));
            if (c.texts().size() > c.frames() + 1) {
                assertTrue(c.texts().stream().anyMatch(t -> "TOP_BAR".equals(t.style().placement())
                        && t.frames().equals(all)), "static header bar on every frame of " + c.file());
            }
            if (c.kind() != CaseKind.CLEAN) {
                List<TextTruth> counters = c.texts().stream().filter(t -> t.frames().size() == 1).toList();
                assertEquals(c.frames(), counters.size(), "one counter item per frame in " + c.file());
                assertTrue(counters.stream().allMatch(t -> "counter".equals(t.category())));
            }
        }
    }

    @Test
    void sizesRangeFromSmallToLargeWithSmallTextOnLargeImages() {
        int smallest = TRUTH.cases().stream().mapToInt(c -> Math.min(c.rows(), c.columns())).min().orElseThrow();
        int largest = TRUTH.cases().stream().mapToInt(c -> Math.max(c.rows(), c.columns())).max().orElseThrow();
        assertTrue(smallest <= 256, "smallest side " + smallest);
        assertTrue(largest >= 2000, "largest side " + largest);
        assertTrue(texts().anyMatch(t -> t.style().sizePx() <= 9));
        assertTrue(texts().anyMatch(t -> t.style().sizePx() >= 28));
        assertTrue(TRUTH.cases().stream().filter(c -> Math.max(c.rows(), c.columns()) >= 2000)
                .flatMap(c -> c.texts().stream()).anyMatch(t -> t.style().sizePx() <= 14));
    }

    @Test
    void textVariesInFontColourBackdropAndPlace() {
        assertTrue(textValues(t -> t.style().font()).size() >= 6, textValues(t -> t.style().font()).toString());
        assertTrue(textValues(t -> t.style().colour()).size() >= 6, textValues(t -> t.style().colour()).toString());
        assertEquals(Set.of(true, false), textValues(t -> t.style().antialiased()));
        assertEquals(Set.of(true, false), textValues(t -> t.style().bold()));
        assertTrue(texts().anyMatch(t -> t.style().inverse()));
        assertTrue(texts().anyMatch(t -> t.style().backdrop() != null && !t.style().inverse()));
        assertEquals(Set.of("TOP_BAR", "TOP_LEFT", "TOP_RIGHT", "BOTTOM_LEFT", "BOTTOM_RIGHT", "LEFT_COLUMN",
                "RIGHT_COLUMN", "OVER_ANATOMY"), textValues(t -> t.style().placement()));
        assertTrue(TRUTH.cases().stream().filter(c -> c.background().equals("ULTRASOUND_SECTOR")).count() >= 3);
        assertTrue(TRUTH.cases().stream().anyMatch(c -> c.background().startsWith("REAL:")));
        assertTrue(values(CaseTruth::background).size() >= 6, values(CaseTruth::background).toString());
    }

    @Test
    void phiCoversTheCategoriesAndSomeIsNotInTheHeader() {
        Set<String> categories = texts().filter(TextTruth::isPhi).map(TextTruth::category).collect(Collectors.toSet());
        assertTrue(categories.containsAll(Set.of("name", "date", "id", "institution", "time", "label+value")),
                categories.toString());
        assertTrue(texts().anyMatch(t -> t.isPhi() && t.headerAttribute() == null), "PHI absent from the header");
        assertTrue(texts().filter(t -> t.kind() == TextKind.DEVICE).map(TextTruth::text).distinct().count() >= 40,
                "device annotations come from templates, not a short list");
    }

    private static List<CaseTruth> of(CaseKind kind) {
        return TRUTH.cases().stream().filter(c -> c.kind() == kind).toList();
    }

    private static java.util.stream.Stream<TextTruth> texts() {
        return TRUTH.cases().stream().flatMap(c -> c.texts().stream());
    }

    private static <T> Set<T> values(Function<CaseTruth, T> f) {
        return TRUTH.cases().stream().map(f).collect(Collectors.toSet());
    }

    private static <T> Set<T> textValues(Function<TextTruth, T> f) {
        return texts().map(f).collect(Collectors.toSet());
    }
}
