package io.pixelscrub.testdata.synthetic.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import io.pixelscrub.testdata.reference.ToolRunner;
import io.pixelscrub.testdata.synthetic.plan.CasePlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a case: PixelMed writes native syntaxes itself; compressed syntaxes are written as explicit
 * little endian first and transcoded by dcmtk or GDCM (PixelMed has no writer for them, and labelling
 * native pixels as compressed would make an invalid file).
 */
public final class DicomFileWriter {
    private static final String SOURCE_AET = "PIXSCRUBSYN";

    private DicomFileWriter() {
    }

    public static void write(CasePlan plan, boolean burnedText, PixelBuffer pixels, Path out, Path workDir)
            throws IOException {
        AttributeList list;
        try {
            list = HeaderFactory.build(plan, burnedText);
            PixelModule.add(list, plan.format(), plan.width(), plan.height(), plan.frames(), pixels);
        } catch (DicomException e) {
            throw new IOException("cannot build the header of " + plan.fileName() + ": " + e.getMessage(), e);
        }
        Encoding encoding = plan.encoding();
        if (encoding.isNative()) {
            writeNative(list, encoding.uid, out);
            return;
        }
        Path explicit = workDir.resolve(plan.fileName() + ".explicit.dcm");
        Path encoded = workDir.resolve(plan.fileName() + ".encoded.dcm");
        try {
            writeNative(list, TransferSyntax.ExplicitVRLittleEndian, explicit);
            List<String> command = encoding.transcodeCommand(explicit, encoded);
            ToolRunner.run(workDir, command);
            Files.move(encoded, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(explicit);
            Files.deleteIfExists(encoded);
        }
    }

    private static void writeNative(AttributeList list, String transferSyntax, Path out) throws IOException {
        try {
            FileMetaInformation.addFileMetaInformation(list, transferSyntax, SOURCE_AET);
            list.write(out.toFile(), transferSyntax, true, true);
        } catch (DicomException e) {
            throw new IOException("PixelMed cannot write " + out.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
