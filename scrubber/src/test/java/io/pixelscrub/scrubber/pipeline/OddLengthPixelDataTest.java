package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * 8-bit images with an odd number of pixels have an odd Pixel Data length, padded to even in the file. Redacted and
 * re-encoded, they must come out as valid DICOM (the synthetic corpus found a length field that left the pad byte out).
 */
class OddLengthPixelDataTest {
    private static final int ROWS = 37;
    private static final int COLUMNS = 51;
    private static final Box BOX = new Box(5, 4, 10, 6);

    @TempDir
    Path tmp;

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "+e1", "rle", "jpeg-ls"})
    void oddSizedEightBitImageIsRedactedIntoAValidFile(String encoding) throws Exception {
        Path in = tmp.resolve("in.dcm");
        writeOddImage(tmp.resolve("native.dcm"));
        switch (encoding) {
            case "native" -> java.nio.file.Files.copy(tmp.resolve("native.dcm"), in);
            case "rle" -> run("dcmcrle", tmp.resolve("native.dcm"), in);
            case "jpeg-ls" -> run("dcmcjpls", tmp.resolve("native.dcm"), in);
            default -> run("dcmcjpeg", tmp.resolve("native.dcm"), in, "+e1");
        }
        Finding f = new Finding(BOX, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1, "test");
        Path out = tmp.resolve("out.dcm");
        new FileScrubber(List.of((h, r, c) -> List.of(f)), (list, cleaned) -> { }).scrub(in, out);

        String dump = run("dcmdump", out, null);
        assertFalse(dump.contains("E:") || dump.contains("W:"), "dcmdump complains");
        ReferenceImage before = ReferenceDecoder.decode(in);
        ReferenceImage after = ReferenceDecoder.decode(out);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                int expected = BOX.contains(c, r) ? 0 : before.sample(0, r, c, 0);
                assertEquals(expected, after.sample(0, r, c, 0), "pixel " + c + "," + r);
            }
        }
    }

    private static void writeOddImage(Path file) throws Exception {
        AttributeList list = new AttributeList();
        put(list, TagFromName.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
        put(list, TagFromName.SOPInstanceUID, "1.2.3.4.5.6.7.8");
        put(list, TagFromName.StudyInstanceUID, "1.2.3.4.5.6.7.9");
        put(list, TagFromName.SeriesInstanceUID, "1.2.3.4.5.6.7.10");
        put(list, TagFromName.Modality, "OT");
        put(list, TagFromName.PhotometricInterpretation, "MONOCHROME2");
        for (Object[] us : new Object[][] {{TagFromName.Rows, ROWS}, {TagFromName.Columns, COLUMNS},
            {TagFromName.SamplesPerPixel, 1}, {TagFromName.BitsAllocated, 8}, {TagFromName.BitsStored, 8},
            {TagFromName.HighBit, 7}, {TagFromName.PixelRepresentation, 0}}) {
            Attribute a = new com.pixelmed.dicom.UnsignedShortAttribute((com.pixelmed.dicom.AttributeTag) us[0]);
            a.addValue((Integer) us[1]);
            list.put(a);
        }
        byte[] pixels = new byte[ROWS * COLUMNS];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (40 + (i * 7) % 200);
        }
        OtherByteAttribute pd = new OtherByteAttribute(TagFromName.PixelData);
        pd.setValues(pixels);
        list.put(pd);
        FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "PIXELSCRUB");
        list.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    }

    private static void put(AttributeList list, com.pixelmed.dicom.AttributeTag tag, String value) throws Exception {
        Attribute a = com.pixelmed.dicom.AttributeFactory.newAttribute(tag);
        a.addValue(value);
        list.put(a);
    }

    private static String run(String tool, Path in, Path out, String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(tool));
        cmd.addAll(List.of(options));
        cmd.add(in.toString());
        if (out != null) {
            cmd.add(out.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), tool + ": " + text);
        return text;
    }
}
