package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scrub command end to end on a small batch mixing good files and bad input. */
class ScrubCommandTest {
    @TempDir
    Path tmp;
    Path in;
    Path out;

    static Path root() {
        return io.pixelscrub.testdata.RepositoryRoot.find();
    }

    @BeforeEach
    void batch() throws IOException {
        Path real = root().resolve("testdata/real");
        in = tmp.resolve("in");
        out = tmp.resolve("out");
        Files.createDirectories(in.resolve("good/nested"));
        Files.createDirectories(in.resolve("bad"));
        Files.copy(real.resolve("pydicom/CT_small_explicitLE.dcm"), in.resolve("good/ct.dcm"));
        Files.copy(real.resolve("deid-data/US_Siemens_S2000_RGB_IMAGE.dcm"), in.resolve("good/nested/us.dcm"));
        Files.writeString(in.resolve("bad/notes.txt"), "this is not DICOM\n");
        byte[] mr = Files.readAllBytes(real.resolve("pydicom/MR_small_implicitLE.dcm"));
        Files.write(in.resolve("bad/truncated.dcm"), java.util.Arrays.copyOf(mr, mr.length - 3000));
        // A video syntax pixelscrub does not decode (MPEG-4 AVC): the HTJ2K sample with its transfer syntax UID
        // replaced by one of the same length.
        byte[] ht = Files.readAllBytes(real.resolve("pydicom-data/SC_HTJ2K_08_RGB.dcm"));
        Files.write(in.resolve("bad/mpeg4.dcm"), sameLengthReplaced(ht, "1.2.840.10008.1.2.4.203", "1.2.840.10008.1.2.4.102"));
    }

    private static byte[] sameLengthReplaced(byte[] file, String from, String to) {
        byte[] f = from.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = file.clone();
        int replaced = 0;
        for (int i = 0; i + f.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
                replaced++;
            }
        }
        assertTrue(replaced > 0, "no " + from + " in the file");
        return out;
    }

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        CliRun r = CliRun.of(args);
        return new Run(r.code(), r.out(), r.err());
    }

    static Map<Path, String> digests(Path dir) throws Exception {
        return io.pixelscrub.testdata.TreeDigests.of(dir);
    }


    @Test
    void badInputIsQuarantinedWithOneLineEachAndTheBatchGoesOn() throws Exception {
        Map<Path, String> before = digests(in);
        Path report = tmp.resolve("report.json");
        Run r = run("scrub", in.toString(), "-o", out.toString(), "--report", report.toString(), "--key", "test-key-0123456789");

        assertEquals(1, r.code(), "a quarantined file must make the exit code non-zero");
        assertEquals(before, digests(in), "inputs must never be modified");
        // Good files are written, mirroring the tree.
        assertTrue(Files.isRegularFile(out.resolve("good/ct.dcm")));
        assertTrue(Files.isRegularFile(out.resolve("good/nested/us.dcm")));
        // Bad files never reach the output; each is in quarantine with its reason.
        Path q = tmp.resolve("out-quarantine");
        for (String bad : new String[] {"notes.txt", "truncated.dcm", "mpeg4.dcm"}) {
            assertFalse(Files.exists(out.resolve("bad/" + bad)), bad + " must not be in the output");
            assertTrue(Files.isRegularFile(q.resolve("bad/" + bad)), bad + " must be quarantined");
            assertTrue(Files.isRegularFile(q.resolve("bad/" + bad + ".reason.txt")));
        }
        assertTrue(Files.readString(q.resolve("bad/notes.txt.reason.txt")).startsWith("not a DICOM file"));
        assertTrue(Files.readString(q.resolve("bad/truncated.dcm.reason.txt")).startsWith("truncated"));
        assertTrue(Files.readString(q.resolve("bad/mpeg4.dcm.reason.txt")).startsWith("unsupported transfer syntax"));
        // One clear line per bad file on stderr, naming it.
        long lines = r.err().lines().filter(l -> l.startsWith("pixelscrub: ") && l.contains("/bad/")).count();
        assertEquals(3, lines, r.err());
        // No partial files left behind.
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertFalse(json.get("containsPhi").asBoolean());
        assertEquals(5, json.get("summary").get("files").asInt());
        assertEquals(3, json.get("summary").get("byStatus").get("quarantined").asInt());
        JsonNode us = null;
        for (JsonNode f : json.get("files")) {
            if (f.get("input").asText().endsWith("us.dcm")) {
                us = f;
            }
        }
        assertEquals("scrubbed", us.get("status").asText(), "the Siemens S2000 has a top-bar template");
        assertTrue(us.get("findings").size() >= 1);
        assertEquals("template", us.get("findings").get(0).get("source").asText());
    }

    @Test
    void outputInsideInputIsRefusedUnlessAsked() {
        Run r = run("scrub", in.toString(), "-o", in.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("inside an input folder"));
        assertFalse(Files.exists(in.resolve("out")));
    }

    @Test
    void dryRunWritesOnlyTheReport() throws Exception {
        Path report = tmp.resolve("dry.json");
        Run r = run("scrub", in.resolve("good").toString(), "--dry-run", "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(out));
        assertEquals("dry-run", new ObjectMapper().readTree(report.toFile()).get("mode").asText());
    }

    @Test
    void templatesTestExplainsWithoutHeaderValues() throws Exception {
        Run r = run("templates", "test", in.resolve("good/nested/us.dcm").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("APPLIES"), r.out());
        // The S2000 header's institution and accession values must not be echoed.
        assertFalse(r.out().contains("CLEVELAND"));
        Run list = run("templates", "list");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("template(s)"));
    }
}
