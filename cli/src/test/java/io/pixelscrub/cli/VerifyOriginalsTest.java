package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.cli.induce.DeviceCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --originals}: an output whose burned-in name was left in place (scrubbed without text detection) is
 * judged against its original header, where the name is, and fails; judged against its own de-identified header, the
 * name matches nothing there.
 */
class VerifyOriginalsTest {

    @TempDir
    Path tmp;

    @Test
    void aBurnedInNameIsFoundAgainstTheOriginalHeaderOnly() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        SplittableRandom r = new SplittableRandom(7);
        DeviceCollection.Device acme = DeviceCollection.DEVICES.get(0);
        for (int i = 0; i < 2; i++) {
            DeviceCollection.write(acme, DeviceCollection.patient(r), 0, 100 + i, in);
        }
        Path out = tmp.resolve("out");
        CliRun scrub = CliRun.of("scrub", in.toString(), "-o", out.toString(), "--detect", "overlays",
                "--key", "verify-originals-key-0123456789");
        assertEquals(0, scrub.code(), scrub.err());

        Path own = tmp.resolve("own.json");
        CliRun alone = CliRun.of("verify", out.toString(), "--report", own.toString());
        assertFalse(reasons(own).stream().anyMatch(s -> s.contains("header:Patient")), reasons(own).toString());

        Path against = tmp.resolve("originals.json");
        CliRun withOriginals = CliRun.of("verify", out.toString(), "--originals", in.toString(), "--report", against.toString());
        assertEquals(1, withOriginals.code(), withOriginals.out() + withOriginals.err());
        assertTrue(reasons(against).stream().anyMatch(s -> s.contains("header:PatientName")), reasons(against).toString());
        assertTrue(reasons(against).stream().anyMatch(s -> s.contains("header:PatientID")), reasons(against).toString());
        assertTrue(withOriginals.out().contains("2 file(s) judged against their original header, 0 without one"),
                withOriginals.out());
        assertTrue(alone.code() <= 1);
    }

    @Test
    void anOutputWithoutItsOriginalFails() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        DeviceCollection.write(DeviceCollection.DEVICES.get(0), DeviceCollection.patient(new SplittableRandom(3)), 0, 5, in);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("scrub", in.toString(), "-o", out.toString(), "--key", "verify-originals-key-0123456789").code());
        CliRun verify = CliRun.of("verify", out.toString(), "--originals", Files.createDirectories(tmp.resolve("empty")).toString());
        assertEquals(1, verify.code());
        assertTrue(verify.err().contains("no readable original for"), verify.err());
    }

    private static List<String> reasons(Path report) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(report.toFile()).path("files")) {
            for (JsonNode finding : f.path("findings")) {
                out.add(finding.path("rule").asText());
            }
        }
        return out;
    }
}
