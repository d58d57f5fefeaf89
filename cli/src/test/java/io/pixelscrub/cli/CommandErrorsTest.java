package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.store.JdbcMappingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a new user hits: every command given a missing, empty, unreadable or wrong input answers with exactly one line
 * on stderr, {@code pixelscrub: ...}, no stack trace, and exit code 2; and it leaves nothing behind.
 */
class CommandErrorsTest {

    @TempDir
    static Path tmp;

    /** Placeholders in the cases below, replaced by paths in the temporary folder. */
    static final String T = "@";

    @BeforeEach
    void inputs() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(tmp.resolve("notes.txt"), "this is not DICOM\n");
        Files.writeString(tmp.resolve("broken.json"), "{\"schema\": \"pixelscrub-report/1.0\", \"files\": [");
        Files.writeString(tmp.resolve("other.json"), "{\"a\": 1}");
        Files.writeString(tmp.resolve("partial.json"), "{\"schema\": \"pixelscrub-report/1.0\"}");
        Files.writeString(tmp.resolve("blank.json"), "");
        Files.writeString(tmp.resolve("elsewhere.json"), "[\"/no/such/input.dcm\"]");
        Path store = tmp.resolve("store.sqlite");
        if (!Files.exists(store)) {
            JdbcMappingStore.open("jdbc:sqlite:" + store, null).close(); // a real store holding no record
        }
    }

    record Case(String what, String[] args, String says) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Case c(String what, String says, String... args) {
        return new Case(what, args, says);
    }

    static List<Case> cases() {
        List<Case> l = new ArrayList<>();
        l.add(c("scrub: missing input", "input does not exist", "scrub", "@/does-not-exist", "-o", "@/out"));
        l.add(c("scrub: empty folder", "no files in", "scrub", "@/empty", "-o", "@/out"));
        l.add(c("scrub: output is a file", "the output is a file", "scrub", "@/empty", "-o", "@/notes.txt"));
        l.add(c("scrub: --only list missing", "--only list not found", "scrub", "@/notes.txt", "-o", "@/out", "--only", "@/nope.json"));
        l.add(c("scrub: --only list not JSON", "--only list is not JSON (line 1", "scrub", "@/notes.txt", "-o", "@/out", "--only", "@/notes.txt"));
        l.add(c("scrub: --only list of the wrong shape", "not a list of marked files", "scrub", "@/notes.txt", "-o", "@/out", "--only", "@/other.json"));
        l.add(c("scrub: --only list naming no input", "none of the 1 file(s) on the --only list", "scrub", "@/notes.txt", "-o", "@/out",
                "--only", "@/elsewhere.json"));
        l.add(c("scrub: --templates file missing", "--templates file not found", "scrub", "@/notes.txt", "-o", "@/out",
                "--templates", "@/nope.script"));
        l.add(c("scrub: unknown profile option", "unknown PS3.15 option", "scrub", "@/notes.txt", "-o", "@/out", "--option", "nonsense"));
        l.add(c("scrub: unsupported store URL", "unsupported audit store URL", "scrub", "@/notes.txt", "-o", "@/out", "--audit", "jdbc:mysql://h/db"));
        l.add(c("scrub: --originals-key-file missing", "--originals-key-file not found", "scrub", "@/notes.txt", "-o", "@/out",
                "--keep-originals", "--originals-key-file", "@/nope.key"));
        l.add(c("scrub: unknown option", "Unknown option: '--dry-rn'; did you mean --dry-run?", "scrub", "@/notes.txt", "--dry-rn"));
        l.add(c("scrub: no IN", "Missing required parameter: 'IN' (see: pixelscrub scrub --help)", "scrub", "-o", "@/out"));
        l.add(c("scrub: bad --redact", "expected phi, all-text or templates", "scrub", "@/notes.txt", "-o", "@/out", "--redact", "most"));
        l.add(c("scan: missing input", "input does not exist", "scan", "@/does-not-exist", "--report", "@/r.json"));
        l.add(c("scan: empty folder", "no files in", "scan", "@/empty", "--report", "@/r.json"));
        l.add(c("scan: --only list missing", "--only list not found", "scan", "@/notes.txt", "--report", "@/r.json", "--only", "@/nope.json"));
        l.add(c("verify: missing input", "input does not exist", "verify", "@/does-not-exist"));
        l.add(c("verify: empty folder", "no files in", "verify", "@/empty"));
        l.add(c("verify: missing store", "no audit store at", "verify", "@/notes.txt", "--audit", "@/nope.sqlite"));
        l.add(c("verify: a store that is not one", "not a pixelscrub audit store", "verify", "@/notes.txt", "--audit", "@/notes.txt"));
        l.add(c("review: missing report", "report not found", "review", "@/nope.json", "-o", "@/site"));
        l.add(c("review: report is a folder", "report is a folder", "review", "@/empty", "-o", "@/site"));
        l.add(c("review: report not JSON", "report is not JSON (line 1", "review", "@/broken.json", "-o", "@/site"));
        l.add(c("review: empty report", "report is empty", "review", "@/blank.json", "-o", "@/site"));
        l.add(c("review: another JSON", "not a pixelscrub report of version 1 (schema: none)", "review", "@/other.json", "-o", "@/site"));
        l.add(c("review: report without files", "not a complete pixelscrub report", "review", "@/partial.json", "-o", "@/site"));
        l.add(c("audit: missing store", "no audit store at", "audit", "1.2.3", "--audit", "@/nope.sqlite"));
        l.add(c("audit: a store that is not one", "not a pixelscrub audit store", "audit", "1.2.3", "--audit", "@/notes.txt"));
        l.add(c("audit: a folder as store", "cannot read the audit store", "audit", "1.2.3", "--audit", "@/empty"));
        l.add(c("audit: unknown UID", "no audit record for that UID", "audit", "1.2.3.4.5", "--audit", "@/store.sqlite"));
        l.add(c("audit: no UID", "Missing required parameter: 'UID'", "audit", "--audit", "@/store.sqlite"));
        l.add(c("templates test: not DICOM", "notes.txt: not a DICOM file", "templates", "test", "@/notes.txt"));
        l.add(c("templates test: missing file", "does-not-exist: no such file", "templates", "test", "@/does-not-exist"));
        l.add(c("templates test: a folder", "a folder, not a DICOM file", "templates", "test", "@/empty"));
        l.add(c("templates induce: no input", "give the images (IN...) or --from-report", "templates", "induce", "-o", "@/p.json"));
        l.add(c("templates induce: not a 1.4 report", "induction needs pixelscrub-report/1.4 or later", "templates", "induce",
                "--from-report", "@/other.json", "-o", "@/p.json"));
        l.add(c("templates induce: missing report", "report not found", "templates", "induce", "--from-report", "@/nope.json",
                "-o", "@/p.json"));
        l.add(c("scrub: check sample out of range", "--check-sample must be between 0 and 1", "scrub", "@/empty", "-o", "@/out-cs",
                "--redact", "templates", "--check-sample", "2"));
        l.add(c("templates list: missing file", "--templates file not found", "templates", "list", "--templates", "@/nope.script"));
        l.add(c("templates list: not templates", "unknown template format", "templates", "list", "--templates", "@/notes.txt"));
        l.add(c("sniff: missing input", "input does not exist", "sniff", "@/does-not-exist", "--report", "@/s.json"));
        l.add(c("sniff: empty folder", "no files in", "sniff", "@/empty", "--report", "@/s.json"));
        l.add(c("unknown command", "Unmatched argument at index 0: 'scurb'", "scurb"));
        return l;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersInOneLineWithExitCode2(Case c) throws IOException {
        List<Path> before = listing();
        String[] args = Stream.of(c.args()).map(a -> a.startsWith(T) ? tmp + a.substring(1) : a).toArray(String[]::new);
        CliRun r = CliRun.of(args);

        assertEquals(2, r.code(), c + ": " + r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), c + ": exactly one line, got: " + r.err());
        assertTrue(lines.get(0).startsWith("pixelscrub: "), lines.get(0));
        assertTrue(lines.get(0).contains(c.says()), c + ": " + lines.get(0));
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(before, listing(), "nothing created: no output, quarantine, store or report");
    }

    @Test
    void aNonDicomFileAmongGoodOnesInTemplatesTestIsOneLineAndTheOthersAreStillShown() throws IOException {
        Path ct = io.pixelscrub.testdata.RepositoryRoot.find().resolve("testdata/real/pydicom/CT_small_explicitLE.dcm");
        CliRun r = CliRun.of("templates", "test", ct.toString(), tmp.resolve("notes.txt").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.out().contains(ct + ": "), r.out());
    }

    private static List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.map(tmp::relativize).sorted().toList();
        }
    }
}
