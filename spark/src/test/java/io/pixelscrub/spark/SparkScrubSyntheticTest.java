package io.pixelscrub.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.ConsoleCapture;
import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.synthetic.CorpusSpec;
import io.pixelscrub.testdata.synthetic.SyntheticCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keyed-hash scheme needs no coordination: with {@code --no-audit}, every executor derives UIDs and pseudonyms
 * from the key in its own memory. On a generated corpus (and three instances of one study, each read by its own task)
 * the job writes what {@code pixelscrub scrub} writes with the same key, and the instances keep one study, series,
 * frame of reference and patient.
 */
class SparkScrubSyntheticTest {

    private static final String KEY = "spark-synthetic-key-0123456789";

    @TempDir
    Path tmp;

    @Test
    void keyedHashWithoutStoreWritesTheCliBytesAndOneStudy() throws Exception {
        RequiredTools.encodersAndDecoders();
        Path in = tmp.resolve("in");
        SyntheticCorpus.generate(CorpusSpec.defaults(10, 4), in.resolve("synthetic"));   // ground-truth.json: not DICOM
        List<Path> study = StudyCopies.write(in.resolve("study"), 3);

        ConsoleCapture.Result cli = SparkTestRuns.cli("scrub", in.toString(), "-o", tmp.resolve("cli").toString(),
                "--audit", tmp.resolve("cli.sqlite").toString(), "--key", KEY, "--pseudonym-scheme", "hash",
                "--report", tmp.resolve("cli.json").toString(), "--no-thumbnails", "--no-headers", "--threads", "2");
        assertEquals(1, cli.code(), cli.err());
        // --record-bytes 0: no file travels as a record, every task reads its files from their paths.
        ConsoleCapture.Result spark = SparkTestRuns.spark("--in", in.toString(), "--out", tmp.resolve("spark").toString(),
                "--no-audit", "--key", KEY, "--pseudonym-scheme", "hash", "--record-bytes", "0");
        assertEquals(1, spark.code(), spark.err() + spark.out());

        Map<Path, String> expected = SparkTestRuns.digests(tmp.resolve("cli"));
        assertEquals(4 + study.size(), expected.size());
        assertEquals(expected, SparkTestRuns.digests(tmp.resolve("spark")), "the same outputs, byte for byte");
        assertEquals(SparkTestRuns.digests(tmp.resolve("cli-quarantine")), SparkTestRuns.digests(tmp.resolve("spark-quarantine")),
                "ground-truth.json quarantined alike, with its reason");
        Path json = tmp.resolve("spark.json");
        assertEquals(0, SparkTestRuns.spark("report", "--table", tmp.resolve("spark-report.parquet").toString(),
                "--json", json.toString()).code());
        SparkTestRuns.assertSameEntries(SparkTestRuns.entries(tmp.resolve("cli.json")), tmp.resolve("cli"),
                SparkTestRuns.entries(json), tmp.resolve("spark"));

        AttributeList original = StudyCopies.read(study.get(0));
        Set<String> sops = new HashSet<>();
        AttributeList first = StudyCopies.read(tmp.resolve("spark/study/ct-1.dcm"));
        for (Path p : study) {
            AttributeList out = StudyCopies.read(tmp.resolve("spark/study").resolve(p.getFileName()));
            for (AttributeTag t : StudyCopies.SHARED) {
                assertEquals(StudyCopies.value(first, t), StudyCopies.value(out, t), p.getFileName() + ": " + t);
            }
            sops.add(StudyCopies.value(out, TagFromName.SOPInstanceUID));
        }
        assertEquals(study.size(), sops.size(), "each instance keeps its own new UID");
        assertNotEquals(StudyCopies.value(original, TagFromName.StudyInstanceUID), StudyCopies.value(first, TagFromName.StudyInstanceUID));
        assertTrue(StudyCopies.value(first, TagFromName.PatientID).startsWith("PSEUDO-"));
    }
}
