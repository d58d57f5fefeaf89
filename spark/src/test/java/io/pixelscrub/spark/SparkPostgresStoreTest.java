package io.pixelscrub.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.env.RequiredTools;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
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
        String cliStore = schema();
        String sparkStore = schema();
        Path in = tmp.resolve("in");
        List<Path> study = StudyCopies.write(in, 4);

        SparkTestRuns.Run cli = SparkTestRuns.cli("scrub", in.toString(), "-o", tmp.resolve("cli").toString(),
                "--audit", cliStore, "--key", KEY);
        assertEquals(0, cli.code(), cli.err());
        SparkTestRuns.Run spark = SparkTestRuns.spark("--in", in.toString(), "--out", tmp.resolve("spark").toString(),
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
        SparkTestRuns.Run audit = SparkTestRuns.cli("audit", StudyCopies.value(first, TagFromName.SOPInstanceUID),
                "--audit", sparkStore);
        assertEquals(0, audit.code(), audit.err());
        assertTrue(audit.out().contains("optionsUsed"), "the executor recorded the file in the shared audit trail");
    }

    /** A fresh schema on the test server, as a JDBC URL. */
    private static String schema() throws Exception {
        String base = System.getenv("PIXELSCRUB_TEST_POSTGRES_URL");
        if (base == null || base.isBlank()) {
            RequiredTools.require(false, "no PostgreSQL server: PIXELSCRUB_TEST_POSTGRES_URL is not set (scripts/test.sh starts one)");
        }
        String schema = "spark" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
