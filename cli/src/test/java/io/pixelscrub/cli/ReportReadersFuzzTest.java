package io.pixelscrub.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pixelscrub.cli.review.ReviewSite;
import io.pixelscrub.scrubber.header.HeaderOverrides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fuzzes the JSON readers of the review round trip: the {@code --only} list (the review's {@code needs-attention.json},
 * marks schema 1 and 2, or an array of paths), the {@code --overrides} file, and the run report {@code review} builds
 * its site from. A bad file must be refused the way the command does it, one line and exit 2 ({@link IOException},
 * {@link UserInputException}, and for overrides {@link IllegalArgumentException}, which {@code ProfileOverrides.of}
 * turns into one); anything else (exit 3, an internal error), a hang or running out of memory is a finding. Seeds:
 * reports, marks and overrides written by the tests, in {@code ReportReadersFuzzTestInputs/<method>/}.
 */
class ReportReadersFuzzTest {

    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("pixelscrub-fuzz-");
            d.toFile().deleteOnExit();
            for (String name : new String[] {"needs-attention.json", "overrides.json", "report.json"}) {
                d.resolve(name).toFile().deleteOnExit();   // removed before the folder (reverse order)
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path f = DIR.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @FuzzTest
    void onlyList(byte[] bytes) throws IOException {
        try {
            MarkedFiles.read(write("needs-attention.json", bytes));
        } catch (IOException | UserInputException refused) {
            // one line, exit 2
        }
    }

    @FuzzTest
    void overrides(byte[] bytes) throws IOException {
        try {
            new HeaderOverrides(ProfileOverrides.read(write("overrides.json", bytes)));
        } catch (IOException | UserInputException | IllegalArgumentException refused) {
            // one line, exit 2
        }
    }

    @FuzzTest
    void reviewReport(byte[] bytes) throws IOException {
        Path report = write("report.json", bytes);
        Path site = DIR.resolve("site");
        try {
            new ReviewSite(false, 60).build(report, site);
        } catch (IOException | UserInputException refused) {
            // one line, exit 2
        } finally {
            if (Files.exists(site)) {
                try (Stream<Path> s = Files.walk(site)) {
                    for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
