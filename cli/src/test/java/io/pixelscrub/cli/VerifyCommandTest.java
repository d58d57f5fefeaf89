package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify: clean outputs pass; burned-in text and original header values in the audit store fail, and say where. */
class VerifyCommandTest {
    static final String KEY = "test-key-0123456789";

    @TempDir
    Path tmp;

    Path real(String name) {
        return RepositoryRoot.find().resolve("testdata/real").resolve(name);
    }

    @Test
    void scrubbedTextFreeFilesPassAndAnUnscrubbedFileWithBurnedInTextFails() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(real("pydicom/CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        Files.copy(real("pydicom/MR_small_RLE.dcm"), in.resolve("mr.dcm"));
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("scrub", in.toString(), "-o", out.toString(), "--key", KEY, "--threads", "2").code());

        Path report = tmp.resolve("v.json");
        CliRun ok = CliRun.of("verify", out.toString(), "--audit", AuditStoreLocation.defaultFor(out).toString(), "--key", KEY,
                "--report", report.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("2 file(s) verified: 2 clean"), ok.out());
        String json = Files.readString(report);
        assertEquals(List.of(), ReportSchemaCheck.errors(json));
        JsonNode r = new ObjectMapper().readTree(json);
        assertEquals("verify", r.path("mode").asText());
        assertEquals(0, r.path("summary").path("residualPhiFiles").asInt());

        Path unscrubbed = Files.createDirectories(tmp.resolve("copy")).resolve("us.dcm");
        Files.copy(real("wg04/US1_RLE.dcm"), unscrubbed);
        CliRun bad = CliRun.of("verify", unscrubbed.getParent().toString(), "--report", report.toString());
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.err().contains("residual PHI: " + unscrubbed), bad.err());
        assertTrue(bad.err().contains("detector phi at "), "says where: " + bad.err());
        JsonNode v = new ObjectMapper().readTree(report.toFile()).path("files").get(0);
        assertTrue(v.path("verify").path("residualPhi").asBoolean());
        assertEquals(List.of(), ReportSchemaCheck.errors(Files.readString(report)));
    }

    @Test
    void anOriginalPatientIdPutBackIntoAnOutputHeaderIsFoundThroughTheAuditStore() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(real("pydicom/CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("scrub", in.toString(), "-o", out.toString(), "--key", KEY).code());
        AttributeList original = new AttributeList();
        original.read(in.resolve("ct.dcm").toString());
        String patientId = Attribute.getSingleStringValueOrEmptyString(original, TagFromName.PatientID);
        assertFalse(patientId.isBlank());

        Path leaked = out.resolve("ct.dcm");
        AttributeList list = new AttributeList();
        list.read(leaked.toString());
        Attribute id = new LongStringAttribute(TagFromName.PatientID);
        id.addValue(patientId);
        list.put(id);
        list.write(leaked.toString(), Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID), true, true);

        CliRun r = CliRun.of("verify", out.toString(), "--audit", AuditStoreLocation.defaultFor(out).toString(), "--key", KEY);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("header (0010,0020) equals an original-patient"), r.err());
        assertFalse(r.err().contains(patientId) || r.out().contains(patientId), "the value itself is never printed");
    }
}
