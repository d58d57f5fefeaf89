package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.HeaderOptions;
import io.pixelscrub.Scrubber;
import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.testdata.RepositoryRoot;
import io.pixelscrub.testdata.env.RequiredTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library API ({@link Scrubber}) is what the CLI runs: the same options give the same bytes as {@code pixelscrub
 * scrub}, from a path or a stream, from one thread or several at once; a file it cannot process is never written.
 */
class ScrubberApiTest {

    private static final String KEY = "api-key-0123456789abcdef";
    // Text (US, SC with burned-in text), a lossless re-encode (RLE), block-level JPEG, JPEG-LS multi-frame, a CT
    // without text: every writer path. One file per series, so series propagation has nothing to add.
    private static final List<String> FILES = List.of(
            "wg04/US1_RLE.dcm",
            "deid-data/SC_CT_ctbrain2_jpeg_baseline.dcm",
            "pydicom-data/MR_emri_small_jpeg_ls_10frames.dcm",
            "pydicom/CT_small_explicitLE.dcm");

    @TempDir
    Path tmp;
    Path in;

    @BeforeEach
    void copyInputs() throws Exception {
        RequiredTools.referenceDecoders();
        Path real = RepositoryRoot.find().resolve("testdata/real");
        in = Files.createDirectories(tmp.resolve("in"));
        for (String f : FILES) {
            Files.copy(real.resolve(f), in.resolve(Path.of(f).getFileName()));
        }
    }

    private ScrubberOptions options(Path store) {
        HeaderOptions header = HeaderOptions.inMemory(KEY).withPseudonyms("hash", "PSEUDO-")
                .withAuditStore("jdbc:sqlite:" + store, null);
        return ScrubberOptions.defaults().withHeader(header).withSeriesPropagation(false);
    }

    @Test
    void theApiWritesWhatTheCliWrites() throws Exception {
        CliRun cli = CliRun.of("scrub", in.toString(), "-o", tmp.resolve("cli").toString(), "--audit",
                tmp.resolve("cli.sqlite").toString(), "--key", KEY, "--pseudonym-scheme", "hash",
                "--no-series-propagation", "--threads", "1");
        assertEquals(0, cli.code(), cli.err());
        Map<Path, String> expected = ScrubCommandTest.digests(tmp.resolve("cli"));
        assertEquals(FILES.size(), expected.size());

        Path api = tmp.resolve("api");
        try (Scrubber s = Scrubber.open(options(tmp.resolve("api.sqlite")).withOutput(api, false, ""))) {
            for (Path f : sorted(in)) {
                FileOutcome o = s.scrub(f, api.resolve(f.getFileName()));
                assertTrue(o.status() == FileStatus.SCRUBBED || o.status() == FileStatus.CLEAN_UNTOUCHED, o.reason());
            }
        }
        assertEquals(expected, ScrubCommandTest.digests(api), "the API and the CLI write the same bytes");
    }

    @Test
    void streamsAndParallelCallsGiveTheSameBytesAsOnePath() throws Exception {
        Map<String, byte[]> one = new TreeMap<>();
        try (Scrubber s = Scrubber.open(options(tmp.resolve("a.sqlite")))) {
            for (Path f : sorted(in)) {
                Path out = tmp.resolve("seq").resolve(f.getFileName());
                assertNotNull(s.scrub(f, out).output());
                one.put(f.getFileName().toString(), Files.readAllBytes(out));
            }
        }
        // A second store with the same key: UIDs and hash pseudonyms are derived from the key, not from the order.
        try (Scrubber s = Scrubber.open(options(tmp.resolve("b.sqlite")))) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<byte[]>> done = new ArrayList<>();
                List<Path> files = sorted(in);
                for (Path f : files) {
                    done.add(pool.submit(() -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        try (InputStream bytes = Files.newInputStream(f)) {
                            FileOutcome o = s.scrub(bytes, out);
                            assertNull(o.input(), "a stream has no path");
                        }
                        return out.toByteArray();
                    }));
                }
                for (int i = 0; i < files.size(); i++) {
                    assertArrayEquals(one.get(files.get(i).getFileName().toString()), done.get(i).get(),
                            files.get(i).getFileName() + ": the stream on a worker thread gives the path's bytes");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aFileItCannotProcessIsNeverWritten() throws Exception {
        byte[] good = Files.readAllBytes(in.resolve("CT_small_explicitLE.dcm"));
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        Path truncated = Files.write(tmp.resolve("truncated.dcm"), cut);
        try (Scrubber s = Scrubber.open(options(tmp.resolve("c.sqlite")))) {
            FileOutcome o = s.scrub(truncated, tmp.resolve("out/truncated.dcm"));
            assertEquals(FileStatus.QUARANTINED, o.status());
            assertNotNull(o.reason());
            assertFalse(Files.exists(tmp.resolve("out/truncated.dcm")), "no output for a file that failed");
            try (var left = Files.list(tmp.resolve("out"))) {
                assertEquals(0, left.count(), "no temporary file left either");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(FileStatus.QUARANTINED, s.scrub(new ByteArrayInputStream("not DICOM".getBytes()), out).status());
            assertEquals(0, out.size(), "nothing written to the stream");
        }
    }

    private static List<Path> sorted(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
