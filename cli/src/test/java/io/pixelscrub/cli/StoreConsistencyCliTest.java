package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.ValueRepresentation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A collection released in two parts: two separate scrub runs sharing one audit store give the same study, series
 * and patient pseudonym, and a reference made in the second part points at the instance released in the first.
 * The same test for the SQLite default and for PostgreSQL (a real server started by scripts/test.sh).
 */
class StoreConsistencyCliTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void secondRunAddsToTheStudyConsistently(String backend) throws Exception {
        Path real = io.pixelscrub.testdata.RepositoryRoot.find().resolve("testdata/real/pydicom/CT_small_explicitLE.dcm");
        AttributeList original = read(real);
        String sop = value(original, TagFromName.SOPInstanceUID);

        Path part1 = tmp.resolve("part1");
        Files.createDirectories(part1);
        Files.copy(real, part1.resolve("ct1.dcm"));
        Path part2 = tmp.resolve("part2");
        Files.createDirectories(part2);
        AttributeList next = read(real); // another instance of the same study, referencing the first
        next.put(attr(TagFromName.SOPInstanceUID, ValueRepresentation.UI, sop + ".7"));
        AttributeList item = new AttributeList();
        item.put(attr(TagFromName.ReferencedSOPClassUID, ValueRepresentation.UI, value(original, TagFromName.SOPClassUID)));
        item.put(attr(TagFromName.ReferencedSOPInstanceUID, ValueRepresentation.UI, sop));
        SequenceAttribute refs = new SequenceAttribute(TagFromName.ReferencedImageSequence);
        refs.addItem(item);
        next.put(refs);
        FileMetaInformation.addFileMetaInformation(next, TransferSyntax.ExplicitVRLittleEndian, "TEST");
        next.write(part2.resolve("ct2.dcm").toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);

        String store = backend.equals("sqlite") ? tmp.resolve("shared-audit.sqlite").toString() : postgresUrl();
        Path out1 = tmp.resolve("release1");
        Path out2 = tmp.resolve("release2");
        String[] opts = {"--audit", store, "--option", "retain-longitudinal-temporal-information-modified-dates"};
        assertEquals(0, CliRun.of(concat(new String[] {"scrub", part1.toString(), "-o", out1.toString()}, opts)).code());
        assertEquals(0, CliRun.of(concat(new String[] {"scrub", part2.toString(), "-o", out2.toString()}, opts)).code());

        AttributeList a = read(out1.resolve("ct1.dcm"));
        AttributeList b = read(out2.resolve("ct2.dcm"));
        for (AttributeTag t : new AttributeTag[] {TagFromName.StudyInstanceUID, TagFromName.SeriesInstanceUID,
                TagFromName.FrameOfReferenceUID, TagFromName.PatientID, TagFromName.PatientName, TagFromName.StudyDate}) {
            assertEquals(value(a, t), value(b, t), "differs between the two parts: " + t);
        }
        assertNotEquals(value(original, TagFromName.StudyInstanceUID), value(a, TagFromName.StudyInstanceUID));
        assertNotEquals(value(original, TagFromName.StudyDate), value(a, TagFromName.StudyDate), "dates must move");
        assertNotEquals(value(a, TagFromName.SOPInstanceUID), value(b, TagFromName.SOPInstanceUID));
        AttributeList ref = ((SequenceAttribute) b.get(TagFromName.ReferencedImageSequence)).getItem(0).getAttributeList();
        assertEquals(value(a, TagFromName.SOPInstanceUID), value(ref, TagFromName.ReferencedSOPInstanceUID),
                "the second part's reference must point at the first part's output");

        // what was done to the first image, asked by its output UID, after both runs
        CliRun q = CliRun.of("audit", value(a, TagFromName.SOPInstanceUID), "--audit", store);
        assertEquals(0, q.code(), q.err());
        JsonNode records = new ObjectMapper().readTree(q.out());
        assertEquals(1, records.size());
        // 113101: the text detector examined the pixels (Clean Pixel Data applied), 113107: Modified Dates.
        assertEquals("113100 113101 113107", records.get(0).get("optionsUsed").asText());
        assertTrue(records.get(0).get("actions").toString().contains("\"rule\":\"rtnLongModifDatesOpt:C\""));
        assertFalse(q.out().contains(sop), "the audit must not show the original UID");
    }

    static String postgresUrl() throws Exception {
        return io.pixelscrub.testdata.env.TestPostgres.freshSchema("cli");
    }

    static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static AttributeList read(Path p) throws Exception {
        AttributeList l = new AttributeList();
        l.read(p.toFile());
        return l;
    }

    static String value(AttributeList l, AttributeTag t) {
        return Attribute.getSingleStringValueOrEmptyString(l, t);
    }

    static Attribute attr(AttributeTag t, byte[] vr, String v) throws Exception {
        Attribute a = AttributeFactory.newAttribute(t, vr);
        a.addValue(v);
        return a;
    }
}
