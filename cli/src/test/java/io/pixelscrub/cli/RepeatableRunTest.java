package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.RepositoryRoot;
import io.pixelscrub.testdata.env.RequiredTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a key, every UID, pseudonym and date offset is derived from it: two runs over the same files with the same key,
 * each with its own audit store, write the same bytes. Includes the near-lossless JPEG-LS image, which has no SOP
 * Instance UID of its own and is re-encoded losslessly after its text is redacted.
 */
class RepeatableRunTest {

    private static final List<String> FILES = List.of(
            "pydicom-data/SC_JLSN_RGB_ILV0_nearlossless.dcm",
            "pydicom/CT_small_explicitLE.dcm",
            "wg04/US1_RLE.dcm",
            "deid-data/SC_CT_ctbrain2_jpeg_baseline.dcm",
            "pydicom-data/MR_emri_small_jpeg_ls_10frames.dcm");

    @TempDir
    Path tmp;

    @Test
    void sameKeySameBytesAcrossSeparateStores() throws Exception {
        RequiredTools.referenceDecoders();   // dcmtk decodes and re-encodes JPEG-LS
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String f : FILES) {
            Files.copy(real.resolve(f), in.resolve(Path.of(f).getFileName()));
        }
        for (String run : new String[] {"one", "two"}) {
            CliRun r = CliRun.of("scrub", in.toString(), "-o", tmp.resolve(run).toString(), "--audit",
                    tmp.resolve(run + "-store.sqlite").toString(), "--key", "repeatable-key-0123456789", "--pseudonym-scheme",
                    "hash", "--option", "retain-longitudinal-temporal-information-modified-dates", "--threads", "2");
            assertEquals(0, r.code(), r.err());
        }
        Map<Path, String> one = ScrubCommandTest.digests(tmp.resolve("one"));
        assertEquals(FILES.size(), one.size());
        assertEquals(one, ScrubCommandTest.digests(tmp.resolve("two")), "every output byte for byte");
        assertTrue(Files.readString(tmp.resolve("one").resolve("SC_JLSN_RGB_ILV0_nearlossless.dcm"),
                java.nio.charset.StandardCharsets.ISO_8859_1).contains("1.2.840.10008.1.2.4.80"),
                "the near-lossless image was redacted and re-encoded losslessly, so the test covers that path");
    }
}
