package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit store holds keyed lookups of original identifiers: scrub puts it beside OUT, refuses it inside OUT unless
 * asked, and verify fails a folder that holds one.
 */
class AuditStorePlacementTest {
    static final String KEY = "test-key-0123456789";

    @TempDir
    Path tmp;
    Path in;
    Path out;

    @BeforeEach
    void input() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(RepositoryRoot.find().resolve("testdata/real/pydicom/CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        out = tmp.resolve("out");
    }

    /** Templates and overlays only: the store is the point here, not text detection. */
    CliRun scrub(String... extra) {
        return CliRun.of(Stream.concat(Stream.of("scrub", in.toString(), "-o", out.toString(), "--key", KEY,
                "--detect", "templates,overlays"), Stream.of(extra)).toArray(String[]::new));
    }

    CliRun verify(Path report) {
        return CliRun.of("verify", out.toString(), "--detect", "overlays", "--report", report.toString());
    }

    @Test
    void theDefaultStoreSitsBesideTheOutputNotInIt() throws Exception {
        CliRun r = scrub();
        assertEquals(0, r.code(), r.err());
        Path store = tmp.resolve("out-audit.sqlite");
        assertEquals(store, AuditStoreLocation.defaultFor(out));
        assertTrue(Files.isRegularFile(store));
        try (Stream<Path> s = Files.walk(out)) {
            assertEquals(List.of(out.resolve("ct.dcm")), s.filter(Files::isRegularFile).toList(), "only the image is in OUT");
        }
        assertTrue(r.out().contains("audit store: " + store + " (run 1;"), r.out());

        Path report = tmp.resolve("verify.json");
        CliRun v = verify(report);
        assertEquals(0, v.code(), v.err());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(0, json.path("auditStores").size());
        assertEquals(List.of(), ReportSchemaCheck.errors(Files.readString(report)));
    }

    @Test
    void aStoreInsideTheOutputIsRefusedInOneLineUnlessAsked() {
        String inside = out.resolve("keys/audit.sqlite").toString();
        CliRun refused = scrub("--audit", inside);
        assertEquals(2, refused.code());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("inside the output folder") && refused.err().contains("--allow-audit-inside-output"),
                refused.err());
        assertFalse(Files.exists(out), "nothing written");

        CliRun url = scrub("--audit", "jdbc:sqlite:" + inside);
        assertEquals(2, url.code(), "a jdbc:sqlite: URL into OUT is the same file");

        CliRun allowed = scrub("--audit", inside, "--allow-audit-inside-output");
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(Files.isRegularFile(Path.of(inside)));
    }

    @Test
    void verifyFailsAFolderHoldingAStoreAndNamesIt() throws Exception {
        Path inside = out.resolve("audit.sqlite");
        assertEquals(0, scrub("--audit", inside.toString(), "--allow-audit-inside-output").code());
        // Old outputs carry the store under its former default name, maybe with its SQLite side file; copies get renamed.
        Files.writeString(out.resolve("pixelscrub-audit.sqlite-wal"), "");
        Files.copy(inside, out.resolve("renamed.db"));

        Path report = tmp.resolve("verify.json");
        CliRun v = verify(report);
        assertEquals(1, v.code(), v.out() + v.err());
        for (Path store : List.of(inside, out.resolve("pixelscrub-audit.sqlite-wal"), out.resolve("renamed.db"))) {
            assertTrue(v.err().contains("pixelscrub: audit store in a checked folder: " + store), v.err());
        }
        assertTrue(v.out().contains("1 file(s) verified: 1 clean"), "the store is not counted as an image: " + v.out());
        assertTrue(v.out().contains("3 audit store file(s) found among the checked files"), v.out());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(3, json.path("auditStores").size());
        assertEquals(List.of(), ReportSchemaCheck.errors(Files.readString(report)));
    }

    @Test
    void aRunWhoseOutputIsInsideItsInputDoesNotReadItsOwnStoreBack() {
        out = in.resolve("out");
        for (int run = 1; run <= 2; run++) {
            // The second run says what to do with the first one's output (--force), as any run into a full OUT must.
            CliRun r = run == 1 ? scrub("--allow-output-inside-input") : scrub("--allow-output-inside-input", "--force");
            assertEquals(0, r.code(), "run " + run + ": " + r.err());
            assertTrue(r.out().startsWith("1 file(s): ") || r.out().contains("\n1 file(s): "), "only ct.dcm is input: " + r.out());
        }
        assertTrue(Files.isRegularFile(in.resolve("out-audit.sqlite")));
    }

    @Test
    void theSqliteFileBehindAPathOrUrl() {
        Path abs = Path.of("x.sqlite").toAbsolutePath();
        assertEquals(Optional.of(abs), AuditStoreLocation.sqliteFile("x.sqlite"));
        assertEquals(Optional.of(Path.of("/a/b.sqlite")), AuditStoreLocation.sqliteFile("jdbc:sqlite:/a/b.sqlite"));
        assertEquals(Optional.of(Path.of("/a/b.sqlite")), AuditStoreLocation.sqliteFile("jdbc:sqlite:file:/a/b.sqlite?mode=rwc"));
        assertEquals(Optional.empty(), AuditStoreLocation.sqliteFile("jdbc:sqlite::memory:"));
        assertEquals(Optional.empty(), AuditStoreLocation.sqliteFile("jdbc:postgresql://h/db?user=u"));
    }
}
