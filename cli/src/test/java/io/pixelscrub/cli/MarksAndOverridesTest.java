package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review's export taken back by the CLI: both marks schemas select images for {@code --only}; marked attributes
 * ({@code --overrides}, {@code --remove-attribute}) are removed and audited; bad overrides are one line, exit 2.
 */
class MarksAndOverridesTest {
    static final List<String> FILES = List.of("wg04/US1_RLE.dcm", "pydicom/CT_small_explicitLE.dcm");
    static final String KEY = "marks-and-overrides-key-01";

    private static Path inputs(Path tmp) throws Exception {
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Path in = tmp.resolve("in");
        for (String f : FILES) {
            Files.createDirectories(in.resolve(f).getParent());
            Files.copy(real.resolve(f), in.resolve(f));
        }
        return in;
    }

    @Test
    void theOldMarksSchemaAndTheNewOneSelectTheSameImages(@TempDir Path tmp) throws Exception {
        Path in = inputs(tmp);
        String marked = in.resolve(FILES.get(1)).toAbsolutePath().toString();
        Path v1 = tmp.resolve("v1.json");
        Files.writeString(v1, "{\"schema\":\"pixelscrub-marks/1\",\"report\":\"x\",\"files\":[{\"input\":" + quote(marked)
                + ",\"output\":null,\"sopInstanceUid\":null,\"note\":\"needs attention\"}]}");
        Path v2 = tmp.resolve("v2.json");
        Files.writeString(v2, "{\"schema\":\"pixelscrub-marks/2\",\"report\":\"x\",\"files\":[{\"input\":" + quote(marked)
                + "}],\"attributes\":[{\"path\":\"(0008,1010)\",\"keyword\":\"StationName\",\"manufacturer\":null,\"model\":null,\"value\":null}]}");
        for (Path list : List.of(v1, v2)) {
            Path report = tmp.resolve(list.getFileName() + "-report.json");
            CliRun r = CliRun.of("scan", in.toString(), "--only", list.toString(), "--report", report.toString(),
                    "--no-thumbnails", "--detect", "templates,overlays");
            assertEquals(0, r.code(), r.err());
            List<String> scanned = new ArrayList<>();
            new ObjectMapper().readTree(report.toFile()).path("files").forEach(f -> scanned.add(f.path("input").asText()));
            assertEquals(List.of(marked), scanned, list.getFileName() + " selects the marked image only");
        }
        Path v9 = tmp.resolve("v9.json");
        Files.writeString(v9, "{\"schema\":\"pixelscrub-marks/9\",\"files\":[{\"input\":" + quote(marked) + "}]}");
        CliRun r = CliRun.of("scan", in.toString(), "--only", v9.toString(), "--report", tmp.resolve("no.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown marks schema"), r.err());
        r = CliRun.of("scrub", in.toString(), "-o", tmp.resolve("o1").toString(), "--overrides", v1.toString(), "--key", KEY);
        assertEquals(2, r.code(), "a list that marks images only is not an overrides file");
        assertFalse(Files.exists(tmp.resolve("o1")), "nothing written");
    }

    @Test
    void removeAttributeAndOverridesFileRemoveAndAudit(@TempDir Path tmp) throws Exception {
        Path in = inputs(tmp);
        Path overrides = tmp.resolve("overrides.json");
        Files.writeString(overrides, "{\"schema\":\"pixelscrub-overrides/1\",\"attributes\":["
                + "{\"path\":\"(0008,1090)\",\"manufacturer\":\"G.E. Medical Systems\",\"model\":\"LOGIQ 700\"}]}");
        Path out = tmp.resolve("out");
        Path store = tmp.resolve("store.sqlite");
        CliRun r = CliRun.of("scrub", in.toString(), "-o", out.toString(), "--audit", store.toString(), "--key", KEY,
                "--option", "retain-device-identity", "--detect", "templates,overlays", "--threads", "1",
                "--remove-attribute", "(0008,1010)", "--overrides", overrides.toString());
        assertEquals(0, r.code(), r.err());
        AttributeList us = read(out.resolve(FILES.get(0)));
        AttributeList ct = read(out.resolve(FILES.get(1)));
        assertNull(us.get(TagFromName.StationName), "--remove-attribute applies to every file");
        assertNull(ct.get(TagFromName.StationName));
        assertNull(us.get(TagFromName.ManufacturerModelName), "the device's override applies to its files");
        assertNotNull(ct.get(TagFromName.ManufacturerModelName), "and only to them");
        JsonNode audit = new ObjectMapper().readTree(CliRun.of("audit",
                com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(us, TagFromName.SOPInstanceUID), "--audit", store.toString()).out());
        List<String> rules = new ArrayList<>();
        audit.get(0).path("actions").forEach(a -> {
            if ("override".equals(a.path("step").asText())) {
                rules.add(a.path("tagPath").asText() + " " + a.path("action").asText() + " " + a.path("rule").asText());
            }
        });
        assertEquals(List.of("(0008,1010) X override:remove-attribute",
                "(0008,1090) X override:overrides-file (device G.E. Medical Systems / LOGIQ 700)"), rules);
    }

    @Test
    void anOverrideThatWouldBreakTheFileOrIsNoTagIsRefused(@TempDir Path tmp) throws Exception {
        Path in = inputs(tmp);
        for (String tag : List.of("(0008,0018)", "(7FE0,0010)", "(0028,0010)", "ProtocolName")) {
            CliRun r = CliRun.of("scrub", in.toString(), "-o", tmp.resolve("o").toString(), "--remove-attribute", tag, "--key", KEY);
            assertEquals(2, r.code(), tag + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
        }
    }

    private static AttributeList read(Path file) throws Exception {
        AttributeList l = new AttributeList();
        l.read(file.toString());
        return l;
    }

    private static String quote(String s) throws Exception {
        return new ObjectMapper().writeValueAsString(s);
    }
}
