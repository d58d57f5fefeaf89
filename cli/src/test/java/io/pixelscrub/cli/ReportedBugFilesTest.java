package io.pixelscrub.cli;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files reported as bugs (testdata/bugs), run through the real scrub command with its default detectors. */
class ReportedBugFilesTest {
    @TempDir
    Path tmp;

    /** Issue #10: a valid JPEG Baseline ultrasound was quarantined as "corrupt JPEG stream" by our block redactor. */
    @Test
    void jpegBaselineUltrasoundIsScrubbedAndDecodesWithDcmtk() throws Exception {
        RequiredTools.referenceDecoders();
        Path in = io.pixelscrub.testdata.RepositoryRoot.find().resolve("testdata/bugs/US_YBR422_q90_block_redaction_crash.dcm");
        Path out = tmp.resolve("out");
        Path report = tmp.resolve("report.json");

        CliRun r = CliRun.of("scrub", in.toString(), "-o", out.toString(), "--report", report.toString(),
                "--key", "bug-file-test-key-0123456789");

        assertEquals(0, r.code(), r.err());
        JsonNode file = new ObjectMapper().readTree(report.toFile()).get("files").get(0);
        assertEquals("scrubbed", file.get("status").asText(), file.toString());
        assertTrue(file.get("findings").size() > 0);
        Path written = out.resolve(in.getFileName().toString());
        assertTrue(Files.isRegularFile(written));
        Path decoded = tmp.resolve("decoded.dcm");
        Process p = new ProcessBuilder("dcmdjpeg", written.toString(), decoded.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.isBlank(), "dcmdjpeg complained: " + log);
        assertFalse(Files.exists(tmp.resolve("out-quarantine").resolve(in.getFileName().toString())));
    }
}
