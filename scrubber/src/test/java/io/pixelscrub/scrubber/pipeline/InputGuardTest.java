package io.pixelscrub.scrubber.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.output.Quarantine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose input: an output or quarantine path that resolves to an input file (a symbolic link to it, a folder
 * linked into the input tree, a hard link) is refused; the input keeps its bytes and the link stays as it was.
 */
class InputGuardTest {

    @TempDir
    Path tmp;
    Path in;

    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(RealFiles.path("pydicom/CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        Files.copy(RealFiles.path("pydicom/MR_small_implicitLE.dcm"), in.resolve("mr.dcm"));
        Files.writeString(in.resolve("notes.txt"), "not DICOM\n");
    }

    private List<FileOutcome> scrub(Path out, Path quarantine) throws Exception {
        FileScrubber s = new FileScrubber(List.of(), (list, cleaned) -> { });
        return new BatchScrubber(s, out, new Quarantine(quarantine), false, 2)
                .run(InputFiles.expand(List.of(in), List.of()), new BatchScrubber.Listener() {
                    @Override
                    public void started(int total) { }

                    @Override
                    public void finished(FileOutcome outcome) { }
                });
    }

    @Test
    void outputFileLinkedToAnInputIsRefused() throws Exception {
        Map<String, String> before = digests(in);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("ct.dcm"), in.resolve("ct.dcm"));
        Files.createLink(out.resolve("mr.dcm"), in.resolve("mr.dcm"));
        List<FileOutcome> outcomes = scrub(out, tmp.resolve("q"));
        for (FileOutcome o : outcomes) {
            assertEquals(FileStatus.QUARANTINED, o.status(), o.input().toString());
            if (!o.input().getFileName().toString().equals("notes.txt")) {
                assertTrue(o.reason().startsWith("the output path resolves to an input file"), o.reason());
            }
        }
        assertEquals(before, digests(in), "inputs keep their bytes");
        assertTrue(Files.isSymbolicLink(out.resolve("ct.dcm")), "the link is left as it was");
        assertTrue(Files.isSameFile(out.resolve("mr.dcm"), in.resolve("mr.dcm")), "the hard link is left as it was");
    }

    @Test
    void outputFolderLinkedIntoTheInputIsRefused() throws Exception {
        Map<String, String> before = digests(in);
        Path out = tmp.resolve("out");
        Files.createSymbolicLink(out, in);
        List<FileOutcome> outcomes = scrub(out, tmp.resolve("q"));
        assertTrue(outcomes.stream().allMatch(o -> o.status() == FileStatus.QUARANTINED));
        assertEquals(before, digests(in), "inputs keep their bytes, and nothing was added beside them");
    }

    @Test
    void quarantineInsideTheInputNeverReplacesAnInput() throws Exception {
        Map<String, String> before = digests(in);
        List<FileOutcome> outcomes = scrub(tmp.resolve("out"), in);   // quarantine == the input folder
        FileOutcome notes = outcomes.stream().filter(o -> o.input().getFileName().toString().equals("notes.txt"))
                .findFirst().orElseThrow();
        assertEquals(FileStatus.QUARANTINED, notes.status());
        assertTrue(notes.reason().endsWith("not copied: the quarantine path resolves to an input file"), notes.reason());
        assertEquals(before, digests(in));
        assertFalse(Files.exists(in.resolve("notes.txt.reason.txt")), "nothing written beside the inputs");
    }

    static Map<String, String> digests(Path dir) throws Exception {
        Map<String, String> d = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                d.put(dir.relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return d;
    }
}
