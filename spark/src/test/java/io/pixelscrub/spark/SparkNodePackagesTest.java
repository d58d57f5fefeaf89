package io.pixelscrub.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Executors get the native tools a developer's machine gets: the bootstrap script and the container image install
 * scripts/setup.sh's RUNTIME_PACKAGES, no more and no fewer, plus a Java runtime.
 */
class SparkNodePackagesTest {

    private static final Path ROOT = RepositoryRoot.find();

    @Test
    void bootstrapScriptInstallsTheRuntimePackagesOfSetup() throws Exception {
        List<String> setup = bashArray(ROOT.resolve("scripts/setup.sh"), "RUNTIME_PACKAGES");
        assertTrue(setup.containsAll(List.of("dcmtk", "tesseract-ocr", "tesseract-ocr-eng")), setup.toString());
        assertEquals(setup, bashArray(ROOT.resolve("scripts/spark-bootstrap.sh"), "RUNTIME_PACKAGES"));
        assertEquals(List.of("openjdk-17-jre-headless"), bashArray(ROOT.resolve("scripts/spark-bootstrap.sh"), "JAVA_PACKAGES"));
    }

    @Test
    void containerImageInstallsTheRuntimePackagesOfSetup() throws Exception {
        List<String> setup = bashArray(ROOT.resolve("scripts/setup.sh"), "RUNTIME_PACKAGES");
        String docker = Files.readString(ROOT.resolve("spark/Dockerfile"));
        assertTrue(docker.startsWith("#") && docker.contains("FROM debian:bookworm"), "a Debian bookworm image");
        Matcher m = Pattern.compile("apt-get install -y --no-install-recommends((?:\\s|\\\\)+[^&]+)&&").matcher(docker);
        assertTrue(m.find(), "one apt-get install line");
        List<String> installed = new ArrayList<>(Arrays.asList(m.group(1).replace("\\", " ").trim().split("\\s+")));
        assertTrue(installed.containsAll(setup), "the image lacks some of " + setup + ": " + installed);
        installed.removeAll(setup);
        assertEquals(List.of("openjdk-17-jre-headless", "curl", "ca-certificates", "procps", "tini"), installed,
                "besides the runtime packages: Java, and what fetches and runs Spark");
        assertTrue(docker.contains("COPY spark/target/pixelscrub-spark-submit.jar"));
        assertTrue(docker.contains("OMP_THREAD_LIMIT=1"));
    }

    /** The words of a bash array written {@code NAME=(}, a word list a line, {@code )}; comments dropped. */
    static List<String> bashArray(Path script, String name) throws Exception {
        List<String> lines = Files.readAllLines(script);
        int start = lines.indexOf(name + "=(");
        assertFalse(start < 0, name + " not found in " + script);
        List<String> words = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            String code = line.replaceAll("#.*", "").trim();
            if (code.equals(")")) {
                break;
            }
            if (!code.isEmpty()) {
                words.addAll(Arrays.asList(code.split("\\s+")));
            }
        }
        return words;
    }
}
