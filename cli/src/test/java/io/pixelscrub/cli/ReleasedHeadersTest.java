package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The released headers kept for review (report 1.3): the report conforms and carries flagged attributes without values
 * unless --report-text; no original identifying value reaches the report, the headers folder or the review site; each
 * shard lists what the written file holds.
 */
class ReleasedHeadersTest {
    static final List<String> FILES = List.of("wg04/US1_RLE.dcm", "pydicom/CT_small_explicitLE.dcm",
            "pydicom-data/MR_Siemens_Avanto_WithOverlays.dcm");
    static final AttributeTag[] IDENTIFYING = {TagFromName.PatientName, TagFromName.PatientID, TagFromName.PatientBirthDate,
            TagFromName.InstitutionName, TagFromName.StudyDate, TagFromName.SOPInstanceUID, TagFromName.StudyInstanceUID,
            TagFromName.SeriesInstanceUID, TagFromName.AccessionNumber, TagFromName.ReferringPhysicianName, TagFromName.StudyID};

    @Test
    void reportAndSiteCarryReleasedValuesOnlyAndNoOriginal(@TempDir Path tmp) throws Exception {
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Path in = tmp.resolve("in");
        List<String> originals = new ArrayList<>();
        for (String f : FILES) {
            Files.createDirectories(in.resolve(f).getParent());
            Files.copy(real.resolve(f), in.resolve(f));
            AttributeList l = new AttributeList();
            l.read(in.resolve(f).toString());
            for (AttributeTag t : IDENTIFYING) {
                String v = Attribute.getSingleStringValueOrEmptyString(l, t).trim();
                if (v.length() >= 6) {
                    originals.add(v);
                }
            }
        }
        assertTrue(originals.size() >= 12, "the inputs have identifying values: " + originals.size());
        for (boolean text : new boolean[] {false, true}) {
            Path dir = tmp.resolve(text ? "with-text" : "plain");
            Path report = dir.resolve("r.json");
            List<String> args = new ArrayList<>(List.of("scrub", in.toString(), "-o", dir.resolve("out").toString(), "--report",
                    report.toString(), "--key", "released-headers-key-01", "--detect", "templates,overlays",
                    "--option", "retain-device-identity", "--threads", "2"));
            if (text) {
                args.add("--report-text");
            }
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            String json = Files.readString(report);
            assertEquals(List.of(), ReportSchemaCheck.errors(json));
            JsonNode root = new ObjectMapper().readTree(json);
            assertEquals(text, root.path("containsPhi").asBoolean());
            int flagged = 0;
            for (JsonNode f : root.path("files")) {
                JsonNode h = f.path("header");
                assertTrue(h.path("attributes").asInt() > 40, "every attribute is counted");
                Path shard = dir.resolve(root.path("headers").path("folder").asText()).resolve(h.path("shard").asText());
                JsonNode attrs = new ObjectMapper().readTree(shard.toFile()).path("attributes");
                assertEquals(h.path("attributes").asInt(), attrs.size());
                assertShardIsTheOutput(attrs, Path.of(f.path("output").asText()));
                for (JsonNode a : h.path("flagged")) {
                    flagged++;
                    assertEquals(text, a.has("value"), "a value only with --report-text");
                }
            }
            assertTrue(flagged > 0);
            assertTrue(json.contains("\"header:(0008,0020)\""), "an unlisted date equal to the original Study Date is flagged");
            JsonNode tally = root.path("valueTally");
            assertEquals(FILES.size(), tally.path("files").asInt());
            assertTrue(tally.path("flaggedValuesByFlag").path("kept-by-option").asInt() > 0, tally.toString());
            assertEquals(text, tally.path("freeText").get(0).has("values"));
            Path site = dir.resolve("site");
            assertEquals(0, CliRun.of("review", report.toString(), "-o", site.toString()).code());
            StringBuilder released = new StringBuilder();   // what the outputs themselves hold (the profile's business)
            for (JsonNode f : root.path("files")) {
                AttributeList out = new AttributeList();
                out.read(f.path("output").asText());
                for (Attribute a : out.values()) {
                    released.append(a.getDelimitedStringValuesOrEmptyString()).append('\n');
                }
            }
            List<Path> written = new ArrayList<>(List.of(report));
            try (Stream<Path> s = Stream.concat(Files.walk(dir.resolve("r.headers")), Files.walk(site))) {
                s.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".png")).forEach(written::add);
            }
            for (Path p : written) {
                String content = Files.readString(p);
                for (String o : originals) {
                    if (p.equals(report) && o.matches("[0-9.]+") || released.indexOf(o) >= 0) {
                        continue;   // the report names each input's original SOP Instance UID by design (kept with the
                                    // originals); a value the output itself holds is shown as released (and flagged)
                    }
                    assertFalse(content.contains(o), p.getFileName() + " holds no original identifying value");
                }
            }
        }
    }

    @Test
    void originalValuesReachTheSiteOnlyWhenKeptAndAskedFor(@TempDir Path tmp) throws Exception {
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(real.resolve(FILES.get(1)), in.resolve("ct.dcm"));
        AttributeList l = new AttributeList();
        l.read(in.resolve("ct.dcm").toString());
        String name = Attribute.getSingleStringValueOrEmptyString(l, TagFromName.PatientName).trim();
        assertTrue(name.length() > 4);
        Path report = tmp.resolve("r.json");
        CliRun r = CliRun.of("scrub", in.toString(), "-o", tmp.resolve("out").toString(), "--report", report.toString(),
                "--key", "released-headers-key-01", "--detect", "templates,overlays", "--thumbnails-of-originals");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        assertEquals(List.of(), ReportSchemaCheck.errors(Files.readString(report)));
        assertTrue(root.path("containsPhi").asBoolean());
        assertEquals("r.originals-PHI/headers", root.path("headers").path("originals").asText());
        assertFalse(Files.readString(tmp.resolve("r.headers").resolve(root.path("files").get(0).path("header").path("shard").asText()))
                .contains(name), "the released header has no original");
        for (boolean with : new boolean[] {false, true}) {
            Path site = tmp.resolve(with ? "with" : "without");
            List<String> args = new ArrayList<>(List.of("review", report.toString(), "-o", site.toString()));
            if (with) {
                args.add("--with-originals");
            }
            assertEquals(0, CliRun.of(args.toArray(String[]::new)).code());
            StringBuilder all = new StringBuilder();
            try (Stream<Path> s = Files.walk(site)) {
                for (Path p : (Iterable<Path>) s.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".png"))::iterator) {
                    all.append(Files.readString(p));
                }
            }
            assertEquals(with, all.indexOf(name) >= 0, "original values in the site " + (with ? "with" : "without") + " --with-originals");
            assertEquals(with, Files.readString(site.resolve("data.js")).contains("\"headerOriginals\":true"), "and the page says so");
        }
    }

    /** Every top-level attribute of the shard with a text value is the written file's, value for value. */
    private static void assertShardIsTheOutput(JsonNode attrs, Path output) throws Exception {
        AttributeList l = new AttributeList();
        l.read(output.toString());
        int compared = 0;
        for (JsonNode a : attrs) {
            String p = a.path("p").asText();
            if (p.contains("/") || a.path("vr").asText().equals("SQ") || a.path("v").asText().startsWith("<binary")) {
                continue;
            }
            AttributeTag t = new AttributeTag(Integer.parseInt(p.substring(1, 5), 16), Integer.parseInt(p.substring(6, 10), 16));
            if (t.getGroup() == 0x0002) {
                continue;
            }
            assertEquals(l.get(t).getDelimitedStringValuesOrEmptyString().trim(), a.path("v").asText(), p);
            compared++;
        }
        assertTrue(compared > 30, "compared " + compared);
    }
}
