package io.pixelscrub.cli;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outputs stay valid: dicom3tools' dciodvfy on every output of the real corpus reports no error that its input did
 * not already have, under the basic profile and under a wide set of options. (dciodvfy is in Debian dicom3tools,
 * which scripts/setup.sh installs; without it the test is skipped on a developer machine and fails in CI.)
 */
class DciodvfyTest {

    static final Path DCIODVFY = Path.of("/usr/bin/dciodvfy");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"basic", "options"})
    void noNewErrorsOnTheRealCorpus(String profile) throws Exception {
        RequiredTools.require(Files.isExecutable(DCIODVFY), "missing " + DCIODVFY + " (install Debian dicom3tools: scripts/setup.sh)");
        Path real = io.pixelscrub.testdata.RepositoryRoot.find().resolve("testdata/real");
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("scrub", real.toString(), "-o", out.toString(), "--key", "dciodvfy-test-key-0123456789"));
        if (profile.equals("options")) {
            for (String o : List.of("clean-descriptors", "clean-structured-content", "clean-graphics", "retain-safe-private",
                    "retain-longitudinal-temporal-information-modified-dates", "retain-patient-characteristics",
                    "retain-device-identity", "retain-institution-identity")) {
                args.add("--option");
                args.add(o);
            }
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertTrue(r.code() == 0 || r.code() == 1, r.err());

        TreeMap<String, Set<String>> introduced = new TreeMap<>();
        int compared = 0;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path o : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".dcm"))::iterator) {
                Path rel = out.relativize(o);
                Set<String> added = errors(o);
                added.removeAll(errors(real.resolve(rel.toString())));
                if (!added.isEmpty()) {
                    introduced.put(rel.toString(), added);
                }
                compared++;
            }
        }
        assertTrue(compared >= 45, "only " + compared + " outputs compared");
        assertEquals(new TreeMap<>(), introduced, "dciodvfy errors that the inputs did not have");
    }

    /** The distinct "Error" lines dciodvfy prints for a file, with quoted values blanked (we change values on purpose). */
    static Set<String> errors(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(DCIODVFY.toString(), file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dciodvfy timed out");
        Set<String> e = new TreeSet<>();
        java.util.Arrays.stream(text.split("\n")).filter(l -> l.startsWith("Error")).map(l -> l.replaceAll("= <[^>]*>", "= <value>")).forEach(e::add);
        return e;
    }
}
