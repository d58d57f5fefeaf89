package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.models.report.ReportSchema;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real scan and scrub reports conform to the shipped schema, and say what the schema promises. */
class ReportSchemaTest {
    @TempDir
    Path tmp;

    @Test
    void scanReportWithTextConformsAndSaysItContainsPhi() throws Exception {
        ReviewTestSupport.Scan scan = ReviewTestSupport.scan(tmp, "--report-text");
        String json = Files.readString(scan.report());
        assertEquals(java.util.List.of(), ReportSchemaCheck.errors(json));
        assertTrue(json.stripLeading().startsWith("{\n  \"containsPhi\" : true"), "containsPhi is the first field");
        JsonNode r = scan.json();
        assertEquals(ReportSchema.VERSION, r.path("schema").asText());
        assertEquals("preview", r.path("thumbnails").path("after").asText());
        boolean anyText = false;
        for (JsonNode f : r.path("files")) {
            for (JsonNode x : f.path("findings")) {
                anyText |= x.path("text").isTextual() && !x.path("text").asText().isBlank();
            }
        }
        assertTrue(anyText, "--report-text puts OCR text into the report");
        JsonNode s = r.path("summary");
        assertEquals(ReviewTestSupport.FILES.size() + 1, s.path("files").asInt());
        assertEquals(1, s.path("byStatus").path("quarantined").asInt());
        assertEquals(1, r.path("quarantine").path("files").asInt());
        assertTrue(s.path("framesPerSecond").asDouble() > 0);
    }

    @Test
    void scrubReportConformsCarriesUidsDeviceThumbnailsAndNoText() throws Exception {
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(real.resolve("wg04/US1_RLE.dcm"), in.resolve("us.dcm"));
        Files.copy(real.resolve("pydicom/CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        Files.writeString(in.resolve("bad.dcm"), "not DICOM");
        Path report = tmp.resolve("r.json");
        CliRun run = CliRun.of("scrub", in.toString(), "-o", tmp.resolve("out").toString(), "--report", report.toString(),
                "--threads", "2", "--key", "test-key-0123456789");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("quarantine: " + tmp.resolve("out-quarantine") + " (1 file(s)"), run.out());
        String json = Files.readString(report);
        assertEquals(java.util.List.of(), ReportSchemaCheck.errors(json));
        assertFalse(json.contains("\"text\""), "no OCR text without --report-text");
        JsonNode r = new ObjectMapper().readTree(json);
        assertFalse(r.path("containsPhi").asBoolean());
        assertEquals("output", r.path("thumbnails").path("after").asText());
        assertEquals(tmp.resolve("out-quarantine").toString(), r.path("quarantine").path("folder").asText());
        Path thumbs = tmp.resolve(r.path("thumbnails").path("folder").asText());
        for (JsonNode f : r.path("files")) {
            if (f.path("status").asText().equals("quarantined")) {
                assertTrue(f.path("reason").isTextual());
                assertTrue(Files.isRegularFile(Path.of(f.path("quarantinedCopy").asText())));
                continue;
            }
            assertTrue(f.path("sopInstanceUid").path("original").isTextual());
            assertNotEquals(f.path("sopInstanceUid").path("original"), f.path("sopInstanceUid").path("new"), "UIDs are remapped");
            assertTrue(f.path("modality").isTextual() && f.path("manufacturer").isTextual());
            assertFalse(f.path("thumbnails").isEmpty());
            for (JsonNode t : f.path("thumbnails")) {
                assertTrue(Files.size(thumbs.resolve(t.path("after").asText())) > 0);
                boolean redactedHere = false;
                for (JsonNode x : f.path("findings")) {
                    redactedHere |= x.path("redacted").asBoolean() && (x.path("frames").asText().equals("all")
                            || x.path("frames").toString().contains(String.valueOf(t.path("frame").asInt())));
                }
                assertEquals(redactedHere, t.path("redacted").asBoolean(), "redacted says where before and after differ");
                assertTrue(t.path("before").isNull(), "no thumbnail of an original unless asked for");
            }
        }
        assertTrue(r.path("summary").path("timingsMs").path("thumbnailMs").asLong() > 0);
        assertTrue(r.path("thumbnails").path("originals").isNull());
        assertFalse(Files.exists(tmp.resolve("r.originals-PHI")), "no folder of originals unless asked for");
        try (java.util.stream.Stream<Path> s = Files.list(thumbs)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("before")), "the thumbnails folder holds no original");
        }
    }

    /** Thumbnails of the originals only on request, in their own folder named as PHI, and the report says it holds PHI. */
    @Test
    void thumbnailsOfOriginalsAreOptInAndMakeTheReportPhi() throws Exception {
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(real.resolve("wg04/US1_RLE.dcm"), in.resolve("us.dcm"));
        Path report = tmp.resolve("r.json");
        CliRun run = CliRun.of("scrub", in.toString(), "-o", tmp.resolve("out").toString(), "--report", report.toString(),
                "--threads", "2", "--key", "test-key-0123456789", "--thumbnails-of-originals");
        assertEquals(0, run.code(), run.err());
        String json = Files.readString(report);
        assertEquals(java.util.List.of(), ReportSchemaCheck.errors(json));
        assertTrue(json.stripLeading().startsWith("{\n  \"containsPhi\" : true"), "containsPhi is the first field, and true");
        JsonNode r = new ObjectMapper().readTree(json);
        assertEquals("r.originals-PHI", r.path("thumbnails").path("originals").asText());
        Path originals = tmp.resolve("r.originals-PHI");
        Path thumbs = tmp.resolve(r.path("thumbnails").path("folder").asText());
        int befores = 0;
        for (JsonNode t : r.path("files").get(0).path("thumbnails")) {
            assertEquals(t.path("redacted").asBoolean(), !t.path("before").isNull());
            if (!t.path("before").isNull()) {
                befores++;
                assertTrue(Files.size(originals.resolve(t.path("before").asText())) > 0);
                assertFalse(Files.exists(thumbs.resolve(t.path("before").asText())), "originals only in their own folder");
            }
        }
        assertTrue(befores > 0, "the test file has burned-in text that is redacted");
        ReviewTestSupport.Result site = ReviewTestSupport.run("review", report.toString(), "-o", tmp.resolve("site").toString(),
                "--with-originals");
        assertEquals(0, site.code(), site.err());
        assertTrue(site.out().contains(befores + " original(s)"), site.out());
    }

    @Test
    void theSchemaRejectsAReportMissingARequiredField() throws Exception {
        ReviewTestSupport.Scan scan = ReviewTestSupport.scan(tmp, "--no-thumbnails");
        ObjectNode broken = (ObjectNode) scan.json().deepCopy();
        ((ObjectNode) broken.path("files").get(0)).remove("status");
        assertFalse(ReportSchemaCheck.errors(broken.toString()).isEmpty());
        assertTrue(scan.json().path("thumbnails").isNull(), "--no-thumbnails makes none");
    }
}
