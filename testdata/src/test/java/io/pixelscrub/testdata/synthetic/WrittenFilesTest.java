package io.pixelscrub.testdata.synthetic;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Every file is valid DICOM whose pixel module says what the ground truth says. */
class WrittenFilesTest {

    @TestFactory
    Stream<DynamicTest> pixelMedParsesEveryFileAndAgreesWithTheGroundTruth() {
        return TestCorpus.truth().cases().stream().map(c -> dynamicTest(c.file(), () -> {
            AttributeList list = new AttributeList();
            // Keep the encapsulated pixels as they are: PixelMed has no JPEG-LS decoder, and parsing is the point.
            list.setDecompressPixelData(false);
            list.read(TestCorpus.file(c).toString());
            assertEquals(c.transferSyntaxUid(), string(list, TagFromName.TransferSyntaxUID));
            assertEquals(c.rows(), integer(list, TagFromName.Rows, -1));
            assertEquals(c.columns(), integer(list, TagFromName.Columns, -1));
            assertEquals(c.frames(), integer(list, TagFromName.NumberOfFrames, 1));
            assertEquals(c.photometric(), string(list, TagFromName.PhotometricInterpretation));
            assertEquals(c.bitsStored(), integer(list, TagFromName.BitsStored, -1));
            assertEquals(c.modality(), string(list, TagFromName.Modality));
            assertTrue(list.get(TagFromName.PixelData) != null, "Pixel Data present");
            String burned = string(list, TagFromName.BurnedInAnnotation);
            if (!burned.isEmpty()) {
                assertEquals(c.texts().isEmpty() ? "NO" : "YES", burned);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> dcmdumpReportsNoErrors() {
        return TestCorpus.truth().cases().stream().map(c -> dynamicTest(c.file(), () -> {
            String output = dcmdump(TestCorpus.file(c));
            List<String> errors = output.lines().filter(l -> l.startsWith("E:") || l.startsWith("F:")).toList();
            assertEquals(List.of(), errors, output.length() > 2000 ? output.substring(0, 2000) : output);
            boolean encapsulated = output.contains("(7fe0,0010) OB (PixelSequence");
            assertEquals(!c.transferSyntaxUid().equals("1.2.840.10008.1.2")
                    && !c.transferSyntaxUid().equals("1.2.840.10008.1.2.1"), encapsulated, "Pixel Data encapsulated");
        }));
    }

    static String string(AttributeList list, com.pixelmed.dicom.AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag);
    }

    static int integer(AttributeList list, com.pixelmed.dicom.AttributeTag tag, int absent) {
        return Attribute.getSingleIntegerValueOrDefault(list, tag, absent);
    }

    /** dcmdump with stdout and stderr together; fails on a non-zero exit. */
    private static String dcmdump(Path file) throws IOException, InterruptedException {
        Path out = Files.createTempFile("dcmdump", ".txt");
        try {
            Process p = new ProcessBuilder("dcmdump", file.toString()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("dcmdump timed out on " + file);
            }
            String text = Files.readString(out, StandardCharsets.ISO_8859_1);
            assertEquals(0, p.exitValue(), text);
            return text;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Read the header of a case, for other tests. */
    static AttributeList header(CaseTruth c) throws IOException, DicomException {
        AttributeList list = new AttributeList();
        list.read(TestCorpus.file(c).toString(), TagFromName.PixelData);
        return list;
    }
}
