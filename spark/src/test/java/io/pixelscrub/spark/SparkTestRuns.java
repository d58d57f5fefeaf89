package io.pixelscrub.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.cli.Main;
import io.pixelscrub.testdata.ConsoleCapture;
import io.pixelscrub.testdata.TreeDigests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** What the Spark tests share: one local[2] session, in-process runs of both front ends, and output digests. */
final class SparkTestRuns {

    private SparkTestRuns() {
    }

    /**
     * Two executor threads, and one file per input partition (a partition of 4 MiB, the cost Spark counts for opening
     * a file), so that the instances of a series and of a study are analysed by different tasks.
     */
    static synchronized SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("pixelscrub-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.files.maxPartitionBytes", "4194304")
                .config("spark.sql.files.openCostInBytes", "4194304")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    static ConsoleCapture.Result cli(String... args) {
        return ConsoleCapture.run(() -> Main.commandLine().execute(args));
    }

    static ConsoleCapture.Result spark(String... args) {
        session();
        return ConsoleCapture.run(() -> SparkMain.run(args));
    }

    /** MD5 of every file under {@code dir}, by relative path. */
    static Map<Path, String> digests(Path dir) throws Exception {
        return TreeDigests.of(dir);
    }

    /** A report's file entries. */
    static List<ObjectNode> entries(Path report) throws Exception {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(report.toFile()).get("files")) {
            out.add((ObjectNode) f);
        }
        return out;
    }

    /**
     * An entry with what differs between two runs' reports by design: their output and quarantine folders (named OUT
     * and QUARANTINE here), milliseconds (the keys stay, but for thumbnailMs), and the patient tokens and text sketches, keyed per report
     * (compared through {@link #grouping} instead).
     */
    static ObjectNode comparable(ObjectNode entry, Path out, Path quarantine) {
        ObjectNode e = entry.deepCopy();
        for (String field : List.of("output", "quarantinedCopy")) {
            if (e.hasNonNull(field)) {
                e.put(field, e.get(field).asText().replace(quarantine.toString(), "QUARANTINE").replace(out.toString(), "OUT"));
            }
        }
        ObjectNode t = (ObjectNode) e.get("timingsMs");
        List<String> keys = new ArrayList<>();
        t.fieldNames().forEachRemaining(keys::add);
        keys.forEach(k -> t.put(k, 0));
        t.remove("thumbnailMs");   // written only when reading the header facts took a millisecond or more
        e.remove("patientToken");
        e.get("findings").forEach(f -> ((ObjectNode) f).remove("textSketch"));
        return e;
    }

    /** Entry by entry, so that a difference names its file. */
    static void assertSameEntries(List<ObjectNode> expected, Path expectedOut, List<ObjectNode> actual, Path actualOut) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.size(), actual.size(), "one entry per file");
        for (int i = 0; i < expected.size(); i++) {
            org.junit.jupiter.api.Assertions.assertEquals(
                    comparable(expected.get(i), expectedOut, expectedOut.resolveSibling(expectedOut.getFileName() + "-quarantine")),
                    comparable(actual.get(i), actualOut, actualOut.resolveSibling(actualOut.getFileName() + "-quarantine")),
                    "the entry of " + expected.get(i).get("input").asText());
        }
    }

    /** Which entries share a patient token, and which findings share a text sketch: the same in both reports. */
    static List<List<Integer>> grouping(List<ObjectNode> entries, java.util.function.Function<ObjectNode, List<String>> values) {
        Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String v : values.apply(entries.get(i))) {
                groups.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
            }
        }
        return new ArrayList<>(groups.values());
    }
}
