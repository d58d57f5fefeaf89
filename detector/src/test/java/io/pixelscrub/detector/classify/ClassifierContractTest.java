package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.MapHeaderView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What callers rely on: reasons without text, confidences in range, purity, thread safety, no PHI in toString. */
class ClassifierContractTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();
    private static final ClassifierVocabulary VOCAB = ClassifierVocabulary.shipped();
    private static final Pattern REASON = Pattern.compile(
            "(header:[A-Za-z]+(\\+header:[A-Za-z]+)*|pattern:[a-z]+(-[A-Za-z]+)?|lexicon:person-name|allow-list"
                    + "|unknown:[a-z-]+|context:age-sex)");
    private static final MapHeaderView HEADER = MapHeaderView.of("PatientName", "KOWALSKI^ANNA", "PatientID", "PX9981273",
            "PatientBirthDate", "19700405", "InstitutionName", "SPITAL ZOLLIKERBERG", "StudyTime", "101500",
            "PatientSex", "F", "PatientAge", "054Y");

    static List<String> corpus() {
        List<String> lines = new ArrayList<>();
        Stream.of(DeviceAnnotationTest.deviceLines(), PhiPatternTest.lines().map(a -> (String) a.get()[0]),
                Stream.of("KOWALSKI ANNA", "Anna Kowalski", "PX9981273", "05.04.1970", "10:15:02", "SPITAL ZOLLIKERBERG",
                        "F 54", "", "|l|", "GI ESOPHAGUS AT 30CM- BARRETT'S"))
                .flatMap(s -> s).forEach(lines::add);
        return lines;
    }

    @Test
    void reasonsNameRulesOrAttributesNeverText() {
        HeaderDenyList deny = HeaderDenyList.from(HEADER);
        for (String line : corpus()) {
            TextVerdict v = CLASSIFIER.classify(line, deny);
            assertTrue(REASON.matcher(v.reason()).matches(), () -> "reason shape: " + v.reason());
            assertTrue(v.confidence() >= 0 && v.confidence() <= 1, () -> line + " " + v);
            for (String word : line.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 && !VOCAB.phiLabels.containsKey(word)) { // "Name:" is the rule, not PHI
                    assertFalse(v.reason().toUpperCase(Locale.ROOT).contains(word), () -> "reason carries text: " + v);
                }
            }
        }
    }

    @Test
    void denyListToStringShowsCountsOnly() {
        String s = HeaderDenyList.from(HEADER).toString();
        for (String value : new String[] {"KOWALSKI", "ANNA", "PX9981273", "1970", "ZOLLIKERBERG"}) {
            assertFalse(s.toUpperCase(Locale.ROOT).contains(value), s);
        }
        assertTrue(HeaderDenyList.empty().isEmpty());
        assertFalse(HeaderDenyList.from(HEADER).isEmpty());
        assertTrue(HeaderDenyList.from(MapHeaderView.of("Modality", "US", "Rows", "480")).isEmpty());
    }

    @Test
    void malformedHeaderValuesAreIgnoredNotThrown() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientBirthDate", "19601399", "StudyDate", "unknown",
                "StudyTime", "99:99", "PatientAge", "abc", "PatientName", "^^^", "PatientID", "", "AcquisitionDateTime", "2017"));
        assertEquals(io.pixelscrub.detector.Verdict.NOT_PHI, CLASSIFIER.classify("Gain 60", deny).verdict());
    }

    /** Same answers from many threads at once as from one: the classifier keeps no state between calls. */
    @Test
    void pureAndThreadSafe() {
        HeaderDenyList deny = HeaderDenyList.from(HEADER);
        List<String> lines = corpus();
        List<TextVerdict> sequential = lines.stream().map(l -> CLASSIFIER.classify(l, deny)).toList();
        for (int round = 0; round < 5; round++) {
            List<TextVerdict> parallel = lines.parallelStream().map(l -> CLASSIFIER.classify(l, deny))
                    .collect(Collectors.toList());
            assertEquals(sequential, parallel);
        }
    }

    @Test
    void theHeaderOnlyEverAddsPhi() {
        HeaderDenyList deny = HeaderDenyList.from(HEADER);
        for (String line : corpus()) {
            TextVerdict without = CLASSIFIER.classify(line, HeaderDenyList.empty());
            TextVerdict with = CLASSIFIER.classify(line, deny);
            if (without.verdict() == io.pixelscrub.detector.Verdict.PHI) {
                assertEquals(io.pixelscrub.detector.Verdict.PHI, with.verdict(), line);
                assertTrue(with.confidence() >= without.confidence(), line);
            }
        }
    }
}
