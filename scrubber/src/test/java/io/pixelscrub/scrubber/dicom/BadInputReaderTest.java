package io.pixelscrub.scrubber.dicom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.testdata.hostile.BadInputCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus ({@link BadInputCorpus}: truncations at every 5 % of seven real files, lying
 * lengths, mismatched image attributes, absurd sizes, non-DICOM files) is refused when opened, quickly, with one line
 * that says why and quotes nothing from the file. Opening is where the batch decides a file cannot be processed.
 */
class BadInputReaderTest {

    private static List<BadInputCorpus.BadFile> corpus;

    static synchronized Stream<Arguments> corpus() throws Exception {
        if (corpus == null) {
            Path dir = Path.of("target", "bad-input-corpus-reader");
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            corpus = BadInputCorpus.write(RealFiles.root().resolve("testdata/real"), dir);
        }
        return corpus.stream().map(f -> Arguments.of(f.kind() + "/" + f.file().getFileName(), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedWithOneLine(String name, BadInputCorpus.BadFile bad) {
        InvalidDicomException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InvalidDicomException.class, () -> {
                    try (DicomInput in = DicomFileReader.open(bad.file())) {
                        // opened: the assertion below fails
                    }
                }, name + " was accepted"));
        String m = e.getMessage();
        assertFalse(m.isBlank());
        assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
        assertTrue(m.contains(bad.reasonContains()), name + ": expected the reason to name '" + bad.reasonContains() + "': " + m);
        assertFalse(m.contains("DOE") || m.contains("JANE") || m.contains("ID12345"), "no value from the file: " + m);
    }
}
