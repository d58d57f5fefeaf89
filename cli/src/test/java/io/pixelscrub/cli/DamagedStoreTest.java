package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audit store whose file is damaged (the fuzzer's crasher: the originals salt no longer hex) is one line and exit 2,
 * not an internal error, and nothing is written.
 */
class DamagedStoreTest {

    @TempDir
    Path tmp;

    @Test
    void aDamagedOriginalsSaltIsOneLine() throws Exception {
        Path store = tmp.resolve("store.sqlite");
        Files.copy(RepositoryRoot.find().resolve("scrubber/src/test/resources/io/pixelscrub/scrubber/store/"
                + "AuditStoreFuzzTestInputs/openStore/crash-originals-salt-not-hex-NumberFormatException"), store);
        Path pass = Files.writeString(tmp.resolve("pass"), "fuzz-originals-passphrase\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("scrub", RepositoryRoot.find().resolve("testdata/real/pydicom/CT_small_explicitLE.dcm").toString(),
                "-o", out.toString(), "--audit", store.toString(), "--key", "fuzz-seed-key-0123456789", "--keep-originals",
                "--originals-key-file", pass.toString(), "--detect", "templates,overlays");
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("pixelscrub: the audit store is damaged: its originals_salt is not valid", r.err().strip());
        assertFalse(Files.exists(out.resolve("CT_small_explicitLE.dcm")), "nothing written");
    }
}
