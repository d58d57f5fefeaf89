package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that walks its inputs (scrub, scan, verify, sniff, templates induce) steps over what it cannot read: a
 * symbolic link back to a folder above it, a chain of links that never ends and a link to nothing each get one line
 * on stderr, the readable files are processed, and the run exits 1. (Folders and files without read permission:
 * {@link UnreadableInputIT}.)
 */
class UnreadableInputTest {

    /** The paths the tree below cannot read, relative to it, and the start of each one's line. */
    static final Map<String, String> UNREADABLE = Map.of(
            "gone.dcm", "broken symbolic link",
            "sub/up", "symbolic link loop (it leads back to a folder above it)",
            "x", "symbolic link loop (a chain of links that never ends)",
            "y", "symbolic link loop (a chain of links that never ends)");

    @TempDir
    Path tmp;
    Path in;

    @BeforeEach
    void tree() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Path real = RepositoryRoot.find().resolve("testdata/real/pydicom");
        Files.copy(real.resolve("CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        Files.copy(real.resolve("MR_small_implicitLE.dcm"), Files.createDirectories(in.resolve("sub")).resolve("mr.dcm"));
        Files.createSymbolicLink(in.resolve("sub/up"), Path.of("."));
        Files.createSymbolicLink(in.resolve("x"), Path.of("y"));
        Files.createSymbolicLink(in.resolve("y"), Path.of("x"));
        Files.createSymbolicLink(in.resolve("gone.dcm"), Path.of("nowhere.dcm"));
    }

    /** One line per unreadable path, naming it and why, and no other line on stderr. */
    static void oneLineEach(Path in, Map<String, String> expected, CliRun r) {
        Map<String, String> lines = new TreeMap<>();
        for (String line : r.err().lines().toList()) {
            assertTrue(line.startsWith("pixelscrub: " + in + "/"), "only the unreadable paths' lines: " + r.err());
            String rest = line.substring(("pixelscrub: " + in + "/").length());
            int colon = rest.indexOf(": ");
            assertEquals(null, lines.put(rest.substring(0, colon), rest.substring(colon + 2)), "one line a path: " + r.err());
        }
        assertEquals(expected.keySet(), lines.keySet(), r.err());
        expected.forEach((path, reason) -> assertTrue(lines.get(path).startsWith(reason), path + ": " + lines.get(path)));
    }

    @Test
    void scrubWritesTheReadableFilesListsTheRestAndExits1() throws Exception {
        Path out = tmp.resolve("out");
        Path report = tmp.resolve("report.json");
        CliRun r = CliRun.of("scrub", in.toString(), "-o", out.toString(), "--report", report.toString(), "--no-thumbnails",
                "--detect", "templates,overlays", "--threads", "2");
        assertEquals(1, r.code(), r.out() + r.err());
        oneLineEach(in, UNREADABLE, r);
        assertTrue(r.out().contains("6 file(s): 0 scrubbed, 2 clean-untouched, 0 quarantined, 4 unreadable;"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("ct.dcm")) && Files.isRegularFile(out.resolve("sub/mr.dcm")));
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(report.toFile()).get("files")) {
            if (f.get("status").asText().equals("unreadable")) {
                listed.put(in.relativize(Path.of(f.get("input").asText())).toString(), f.get("reason").asText());
                assertTrue(f.get("output").isNull());
            }
        }
        assertEquals(UNREADABLE.keySet(), listed.keySet(), "the report lists each with its reason");
        assertEquals(List.of(), ReportSchemaCheck.errors(Files.readString(report)), "the report follows its schema");
    }

    @Test
    void scanVerifySniffAndInduceBehaveAlike() throws Exception {
        CliRun scan = CliRun.of("scan", in.toString(), "--report", tmp.resolve("scan.json").toString(), "--no-thumbnails",
                "--detect", "templates,overlays");
        assertEquals(1, scan.code(), scan.out() + scan.err());
        oneLineEach(in, UNREADABLE, scan);
        assertTrue(scan.out().contains("4 could not be analysed"), scan.out());

        CliRun verify = CliRun.of("verify", in.toString(), "--detect", "overlays");
        assertEquals(1, verify.code(), verify.out() + verify.err());
        oneLineEach(in, UNREADABLE, verify);
        assertTrue(verify.out().contains("6 file(s) verified: 2 clean, 0 with residual PHI, 4 could not be checked"), verify.out());

        CliRun sniff = CliRun.of("sniff", in.toString(), "--report", tmp.resolve("sniff.json").toString());
        assertEquals(1, sniff.code(), sniff.out() + sniff.err());
        oneLineEach(in, UNREADABLE, sniff);
        assertTrue(sniff.out().startsWith("2 files read, 4 skipped"), sniff.out());

        CliRun induce = CliRun.of("templates", "induce", in.toString(), "-o", tmp.resolve("proposed.json").toString(),
                "--threads", "2");
        assertEquals(1, induce.code(), induce.out() + induce.err());
        oneLineEach(in, UNREADABLE, induce);
        assertTrue(induce.out().contains("(4 could not be analysed)"), induce.out());
    }

    @Test
    void nothingReadableIsRefusedAfterALineForEachPath() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("links-only"));
        Files.createSymbolicLink(empty.resolve("gone.dcm"), Path.of("nowhere.dcm"));
        CliRun r = CliRun.of("scan", empty.toString(), "--report", tmp.resolve("r.json").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("pixelscrub: " + empty.resolve("gone.dcm") + ": broken symbolic link (its target does not exist)",
                "pixelscrub: no readable files in " + empty + " (1 path(s) could not be read)"), r.err().lines().toList());
    }
}
