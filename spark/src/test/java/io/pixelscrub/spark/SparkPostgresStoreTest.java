package io.pixelscrub.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.ConsoleCapture;
import io.pixelscrub.testdata.env.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared PostgreSQL store: executors that read one study's instances in different tasks record one mapping for
 * it, give its patient one counter pseudonym, write what the CLI writes with a store of its own and the same key, and
 * every file lands in the audit trail. Needs a PostgreSQL server (PIXELSCRUB_TEST_POSTGRES_URL, which scripts/test.sh
 * sets); skipped without one, failing under CI=true.
 */
class SparkPostgresStoreTest {

    private static final String KEY = "spark-postgres-key-0123456789";

    @TempDir
    Path tmp;

    @Test
    void executorsShareOneStore() throws Exception {
        String cliStore = TestPostgres.freshSchema("sparkcli");
        String sparkStore = TestPostgres.freshSchema("spark");
        Path in = tmp.resolve("in");
        List<Path> study = StudyCopies.write(in, 4);

        ConsoleCapture.Result cli = SparkTestRuns.cli("scrub", in.toString(), "-o", tmp.resolve("cli").toString(),
                "--audit", cliStore, "--key", KEY);
        assertEquals(0, cli.code(), cli.err());
        ConsoleCapture.Result spark = SparkTestRuns.spark("--in", in.toString(), "--out", tmp.resolve("spark").toString(),
                "--audit", sparkStore, "--key", KEY);
        assertEquals(0, spark.code(), spark.err() + spark.out());

        assertEquals(SparkTestRuns.digests(tmp.resolve("cli")), SparkTestRuns.digests(tmp.resolve("spark")),
                "the same bytes as the CLI, counter pseudonym included");
        AttributeList first = StudyCopies.read(tmp.resolve("spark/ct-1.dcm"));
        for (Path p : study) {
            AttributeList out = StudyCopies.read(tmp.resolve("spark").resolve(p.getFileName()));
            for (AttributeTag t : StudyCopies.SHARED) {
                assertEquals(StudyCopies.value(first, t), StudyCopies.value(out, t), p.getFileName() + ": " + t);
            }
        }
        assertEquals("PSEUDO-000001", StudyCopies.value(first, TagFromName.PatientID), "one patient, one counter value");
        ConsoleCapture.Result audit = SparkTestRuns.cli("audit", StudyCopies.value(first, TagFromName.SOPInstanceUID),
                "--audit", sparkStore);
        assertEquals(0, audit.code(), audit.err());
        assertTrue(audit.out().contains("optionsUsed"), "the executor recorded the file in the shared audit trail");
    }
}
