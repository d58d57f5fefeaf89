package io.pixelscrub.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.testdata.RepositoryRoot;
import io.pixelscrub.testdata.ConsoleCapture;
import io.pixelscrub.testdata.env.RequiredTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the whole of testdata/real plus a truncated and a non-DICOM file, the Spark job in local[2] (one file per input
 * partition) writes what {@code pixelscrub scrub} writes, byte for byte, quarantines what it quarantines with the same reasons, and its report table holds the
 * CLI report's entries; the JSON made from the table is one {@code pixelscrub review} reads.
 */
class SparkScrubRealTest {

    private static final String KEY = "spark-test-key-0123456789";

    /**
     * Every file of testdata/real but its truth tables: multi-instance series (propagation across partitions, with and
     * without burned-in text), every syntax family there (HTJ2K included) and a zipped cine.
     */
    static List<Path> inputs(Path real) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(real)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tsv"))
                    .map(real::relativize).sorted().toList();
        }
    }

    @TempDir
    Path tmp;

    @Test
    void sameOutputsQuarantineAndReportAsTheCli() throws Exception {
        RequiredTools.referenceDecoders();
        Path in = tmp.resolve("in");
        Path real = RepositoryRoot.find().resolve("testdata/real");
        List<Path> files = inputs(real);
        assertTrue(files.size() >= 50, "testdata/real is there: " + files.size());
        for (Path f : files) {
            Files.createDirectories(in.resolve(f.toString()).getParent());
            Files.copy(real.resolve(f), in.resolve(f.toString()));
        }
        byte[] ct = Files.readAllBytes(real.resolve("pydicom/CT_small_explicitLE.dcm"));
        Files.write(Files.createDirectories(in.resolve("bad")).resolve("truncated.dcm"), java.util.Arrays.copyOf(ct, ct.length / 2));
        Files.writeString(in.resolve("bad/notes.txt"), "not a DICOM file\n");

        ConsoleCapture.Result cli = SparkTestRuns.cli("scrub", in.toString(), "-o", tmp.resolve("cli").toString(),
                "--audit", tmp.resolve("cli.sqlite").toString(), "--key", KEY, "--pseudonym-scheme", "hash",
                "--report", tmp.resolve("cli.json").toString(), "--no-thumbnails", "--no-headers", "--threads", "2");
        assertEquals(1, cli.code(), cli.err());
        ConsoleCapture.Result spark = SparkTestRuns.spark("--in", in.toString(), "--out", tmp.resolve("spark").toString(),
                "--audit", tmp.resolve("spark.sqlite").toString(), "--key", KEY, "--pseudonym-scheme", "hash");
        assertEquals(1, spark.code(), "a quarantined file makes the exit code 1, as in the CLI: " + spark.err() + spark.out());

        List<ObjectNode> expectedEntries = SparkTestRuns.entries(tmp.resolve("cli.json"));
        long quarantinedByCli = expectedEntries.stream().filter(e -> e.get("status").asText().equals("quarantined")).count();
        assertTrue(quarantinedByCli >= 2, "the two bad files at least: " + quarantinedByCli);
        Map<Path, String> expected = SparkTestRuns.digests(tmp.resolve("cli"));
        assertEquals(files.size() + 2 - quarantinedByCli, expected.size(), "every file not quarantined written by the CLI");
        assertEquals(expected, SparkTestRuns.digests(tmp.resolve("spark")), "the same outputs, byte for byte");
        Map<Path, String> quarantined = SparkTestRuns.digests(tmp.resolve("cli-quarantine"));
        assertEquals(2 * quarantinedByCli, quarantined.size(), "the quarantined files and their reasons");
        assertEquals(quarantined, SparkTestRuns.digests(tmp.resolve("spark-quarantine")),
                "the same files quarantined, with the same reasons");

        // The table's rows are the CLI report's entries; its JSON report too.
        List<Row> rows = SparkTestRuns.session().read().parquet(tmp.resolve("spark-report.parquet").toString()).collectAsList();
        assertEquals(expectedEntries.size(), rows.size(), "one row per file");
        Path json = tmp.resolve("spark.json");
        ConsoleCapture.Result report = SparkTestRuns.spark("report", "--table", tmp.resolve("spark-report.parquet").toString(),
                "--json", json.toString());
        assertEquals(0, report.code(), report.err());
        List<ObjectNode> actual = SparkTestRuns.entries(json);
        SparkTestRuns.assertSameEntries(expectedEntries, tmp.resolve("cli"), actual, tmp.resolve("spark"));
        assertEquals(SparkTestRuns.grouping(expectedEntries, e -> e.has("patientToken") ? List.of(e.get("patientToken").asText()) : List.of()),
                SparkTestRuns.grouping(actual, e -> e.has("patientToken") ? List.of(e.get("patientToken").asText()) : List.of()),
                "the same files share a patient token");
        assertEquals(SparkTestRuns.grouping(expectedEntries, SparkScrubRealTest::sketches),
                SparkTestRuns.grouping(actual, SparkScrubRealTest::sketches), "the same findings share a text sketch");
        assertTrue(actual.stream().anyMatch(e -> e.get("findings").toString().contains("series: ")),
                "series propagation added a region across partitions, so the test covers it");
        assertEquals(quarantinedByCli, actual.stream().filter(e -> e.get("status").asText().equals("quarantined")).count());

        ConsoleCapture.Result review = SparkTestRuns.cli("review", json.toString(), "-o", tmp.resolve("site").toString());
        assertEquals(0, review.code(), "pixelscrub review reads the Spark run's report: " + review.err());
        assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")));
    }

    private static List<String> sketches(ObjectNode entry) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : entry.get("findings")) {
            if (f.has("textSketch")) {
                out.add(f.get("textSketch").asText());
            }
        }
        return out;
    }
}
