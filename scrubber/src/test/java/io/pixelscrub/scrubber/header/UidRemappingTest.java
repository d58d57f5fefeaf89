package io.pixelscrub.scrubber.header;

import io.pixelscrub.testdata.env.RequiredTools;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.RealFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UidRemappingTest {

    private static final String PT = "presidio/PT_CT_fused_RGB_ORIGINAL.dcm";
    private static final String SC = "deid-data/SC_CT_ctbrain2_jpeg_baseline.dcm";

    private static String value(AttributeList l, AttributeTag t) {
        return Attribute.getSingleStringValueOrEmptyString(l, t);
    }

    @Test
    void sameInputUidGivesSameOutputAcrossFilesOfOneRun() throws Exception {
        UidMapper mapper = new InMemoryUidMapper(HeaderFixtures.UID_KEY);
        AttributeList original = RealFiles.read(PT);
        AttributeList first = RealFiles.read(PT);
        AttributeList second = RealFiles.read(PT);
        new HeaderDeidentifier().apply(first, HeaderFixtures.context(false, mapper));
        new HeaderDeidentifier().apply(second, HeaderFixtures.context(true, mapper));

        for (AttributeTag t : List.of(TagFromName.StudyInstanceUID, TagFromName.SeriesInstanceUID, TagFromName.SOPInstanceUID)) {
            String before = value(original, t);
            assertFalse(before.isEmpty(), "fixture lacks " + t);
            assertFalse(before.equals(value(first, t)), "UID not remapped: " + t);
            assertTrue(value(first, t).equals(value(second, t)), "inconsistent mapping: " + t);
            assertTrue(value(first, t).startsWith("2.25."));
        }
        assertTrue(value(original, TagFromName.SOPClassUID).equals(value(first, TagFromName.SOPClassUID)), "SOP Class UID must stay");
    }

    @Test
    void everyInstanceUidAtAnyDepthIsRemappedAndClassUidsStay() throws Exception {
        UidMapper mapper = new InMemoryUidMapper(HeaderFixtures.UID_KEY);
        AttributeList original = RealFiles.read(SC);
        AttributeList out = RealFiles.read(SC);
        new HeaderDeidentifier().apply(out, HeaderFixtures.context(false, mapper));

        Map<String, String> before = uids(original, "", new HashMap<>());
        Map<String, String> after = uids(out, "", new HashMap<>());
        assertTrue(before.keySet().stream().anyMatch(p -> p.contains("[")), "fixture should have UIDs inside sequences");
        int compared = 0;
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                continue; // removed by the profile (e.g. private or X rows); covered by the table test
            }
            String tagPart = e.getKey().substring(e.getKey().lastIndexOf('('));
            AttributeTag tag = TagPattern.parseTag(tagPart);
            String expected = UidRemapper.isKindUid(tag) || UidMapper.isStandardUid(e.getValue()) ? e.getValue() : mapper.map(e.getValue());
            assertTrue(expected.equals(after.get(e.getKey())), "UID at " + e.getKey() + " not mapped as expected");
            compared++;
        }
        assertTrue(compared >= 5, "compared only " + compared);
    }

    @Test
    void referenceInsideASequenceEqualsTheRemappedReferencedUid() throws Exception {
        UidMapper mapper = new InMemoryUidMapper(HeaderFixtures.UID_KEY);
        AttributeList list = RealFiles.read(PT);
        String sop = value(list, TagFromName.SOPInstanceUID);
        AttributeList item = new AttributeList();
        item.put(AttributeEdits.withValues(TagFromName.ReferencedSOPClassUID, ValueRepresentation.UI, value(list, TagFromName.SOPClassUID)));
        item.put(AttributeEdits.withValues(TagFromName.ReferencedSOPInstanceUID, ValueRepresentation.UI, sop));
        SequenceAttribute seq = new SequenceAttribute(TagFromName.SourceImageSequence);
        seq.addItem(item);
        list.put(seq);

        new HeaderDeidentifier().apply(list, HeaderFixtures.context(false, mapper));

        AttributeList outItem = ((SequenceAttribute) list.get(TagFromName.SourceImageSequence)).getItem(0).getAttributeList();
        String newSop = value(list, TagFromName.SOPInstanceUID);
        assertFalse(sop.equals(newSop), "SOPInstanceUID not remapped");
        assertTrue(newSop.equals(value(outItem, TagFromName.ReferencedSOPInstanceUID)), "reference not remapped like its target");
        assertTrue(value(list, TagFromName.SOPClassUID).equals(value(outItem, TagFromName.ReferencedSOPClassUID)), "class UID changed");
    }

    @Test
    void mediaStorageSopInstanceUidEqualsNewSopInstanceUidAfterWriting(@TempDir Path dir) throws Exception {
        File written = writeDeidentified(dir);
        AttributeList back = new AttributeList();
        back.read(written);
        String sop = value(back, TagFromName.SOPInstanceUID);
        assertTrue(sop.startsWith("2.25."));
        assertFalse(value(RealFiles.read(PT), TagFromName.SOPInstanceUID).equals(sop), "SOPInstanceUID not remapped");
        assertTrue(sop.equals(value(back, TagFromName.MediaStorageSOPInstanceUID)), "meta header does not match SOPInstanceUID");
        assertEquals("YES", value(back, TagFromName.PatientIdentityRemoved));
    }

    @Test
    void dcmdumpReadsTheWrittenFileWithoutError(@TempDir Path dir) throws Exception {
        RequiredTools.onPath("an independent reader of the output", "dcmtk", "dcmdump");
        File written = writeDeidentified(dir);
        Process p = new ProcessBuilder("dcmdump", "-q", written.getAbsolutePath()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "dcmdump failed");
        assertFalse(output.lines().anyMatch(l -> l.startsWith("E:")), "dcmdump reported errors");
        assertTrue(output.contains("(0012,0062) CS [YES]"), "dcmdump did not show PatientIdentityRemoved");
    }

    private static File writeDeidentified(Path dir) throws Exception {
        AttributeList list = RealFiles.read(PT);
        new HeaderDeidentifier().apply(list, HeaderFixtures.context(false, new InMemoryUidMapper(HeaderFixtures.UID_KEY)));
        // the meta header's MediaStorageSOPInstanceUID is remapped in place already, before any rewrite
        assertTrue(value(list, TagFromName.SOPInstanceUID).equals(value(list, TagFromName.MediaStorageSOPInstanceUID)),
                "meta header not remapped with the dataset");
        FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "PIXELSCRUB");
        File f = dir.resolve("deid.dcm").toFile();
        list.write(f, TransferSyntax.ExplicitVRLittleEndian, true, true);
        return f;
    }

    private static boolean onPath(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Every UI value by path (one entry per value). */
    private static Map<String, String> uids(AttributeList list, String path, Map<String, String> out) {
        for (Attribute a : list.values()) {
            String here = path + TagPattern.format(a.getTag());
            if (a instanceof SequenceAttribute s) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    uids(s.getItem(i).getAttributeList(), here + "[" + i + "]/", out);
                }
            } else if (ValueRepresentation.isUniqueIdentifierVR(a.getVR())) {
                String[] v = Attribute.getStringValues(a);
                for (int i = 0; v != null && i < v.length; i++) {
                    out.put(i == 0 ? here : here + "#" + i, v[i].trim());
                }
            }
        }
        return out;
    }
}
