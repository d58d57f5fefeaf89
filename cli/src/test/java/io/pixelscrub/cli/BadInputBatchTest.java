package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.RepositoryRoot;
import io.pixelscrub.testdata.hostile.BadInputCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@link BadInputCorpus}) and two good files in one scrub: the batch finishes, exits 1, gives each
 * bad file exactly one line on stderr and no stack trace, copies each to the quarantine with its reason, and leaves
 * nothing in OUT but the two good outputs (no partial or temporary file); the inputs keep their bytes.
 */
class BadInputBatchTest {

    @TempDir
    Path tmp;

    @Test
    void everyBadFileIsQuarantinedWithOneLineAndTheBatchGoesOn() throws Exception {
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Path in = tmp.resolve("in");
        List<BadInputCorpus.BadFile> bad = BadInputCorpus.write(real, in.resolve("bad"));
        Files.createDirectories(in.resolve("good"));
        Files.copy(real.resolve("pydicom/CT_small_explicitLE.dcm"), in.resolve("good/ct.dcm"));
        Files.copy(real.resolve("wg04/US1_RLE.dcm"), in.resolve("good/us.dcm"));
        Map<Path, String> before = ScrubCommandTest.digests(in);
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("library.log");
        CliRun r = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> CliRun.of("scrub", in.toString(), "-o", out.toString(),
                "--detect", "templates,overlays", "--threads", "2", "--log", log.toString()));

        assertEquals(1, r.code(), r.err());
        List<String> lines = Arrays.stream(r.err().split("\n")).filter(l -> !l.isBlank()).toList();
        assertEquals(bad.size(), lines.size(), "one line per bad file:\n" + r.err());
        for (String l : lines) {
            assertTrue(l.startsWith("pixelscrub: " + in), l);
            assertFalse(l.startsWith("\tat ") || l.contains("com.pixelmed") || l.contains("Exception:"), "no stack trace: " + l);
        }
        Path q = tmp.resolve("out-quarantine");
        for (BadInputCorpus.BadFile f : bad) {
            String rel = in.relativize(f.file()).toString();
            assertEquals(1, lines.stream().filter(l -> l.startsWith("pixelscrub: " + f.file() + ": ")).count(), rel);
            assertTrue(Files.isRegularFile(q.resolve(rel)), rel + " is in the quarantine");
            String reason = Files.readString(q.resolve(rel + ".reason.txt")).strip();
            assertTrue(reason.contains(f.reasonContains()), rel + ": " + reason);
            assertFalse(Files.exists(out.resolve(rel)), rel + " must have no output");
        }
        assertEquals(List.of("good/ct.dcm", "good/us.dcm"), files(out), "OUT holds the good outputs and nothing else");
        assertTrue(files(q).stream().noneMatch(p -> p.endsWith(".partial")), "no temporary file in the quarantine");
        assertEquals(before, ScrubCommandTest.digests(in), "inputs keep their bytes");
        assertTrue(Files.isRegularFile(log), "--log makes the library log file");
        assertTrue(r.out().contains(bad.size() + " quarantined"), r.out());
    }

    static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !Files.isDirectory(p)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
