package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.scrubber.codec.ExternalTool;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.redact.jpeg.CorruptJpegException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Before a file is quarantined as a corrupt JPEG on our parser's word, dcmtk's dcmdjpeg (IJG libjpeg, an independent
 * decoder) gives a second opinion. If it decodes the file without a complaint, the fault is ours and the reason says
 * so: a valid file is never called corrupt because of a defect in pixelscrub.
 */
final class CorruptJpegTriage {
    private static final String DECODER = "dcmdjpeg";

    private CorruptJpegTriage() {
    }

    static InvalidDicomException reason(Path dicom, String where, CorruptJpegException e) throws IOException {
        ExternalTool.Outcome dcmtk = null;
        if (ExternalTool.isInstalled(DECODER)) {
            Path decoded = PrivateTemp.file("pixelscrub-jpegcheck-", ".dcm");
            try {
                dcmtk = ExternalTool.runForOutcome(DECODER, List.of(dicom.toString(), decoded.toString()));
            } catch (InvalidDicomException timeout) {
                dcmtk = new ExternalTool.Outcome(-1, List.of(timeout.getMessage()));
            } finally {
                Files.deleteIfExists(decoded);
            }
        }
        return reason(where, e, dcmtk);
    }

    /** @param dcmtk what dcmdjpeg said about the file, or null when it is not installed */
    static InvalidDicomException reason(String where, CorruptJpegException e, ExternalTool.Outcome dcmtk) {
        if (dcmtk == null) {
            return new InvalidDicomException("corrupt JPEG stream" + where + " (" + e.getMessage()
                    + "; not cross-checked, dcmdjpeg is not installed)", e);
        }
        String complaint = complaint(dcmtk);
        if (complaint == null) {
            return new InvalidDicomException("internal error in JPEG block redaction" + where + " (our decoder stopped: "
                    + e.getMessage() + ", but dcmtk decodes the stream cleanly); please report", e);
        }
        return new InvalidDicomException("corrupt JPEG stream" + where + " (" + e.getMessage() + "; dcmtk: " + complaint + ")", e);
    }

    /** The decoder's warning or error (one preferably about JPEG data), or null when it decoded without any. */
    private static String complaint(ExternalTool.Outcome o) {
        String first = null;
        for (String line : o.lines()) {
            if (line.startsWith("W:") || line.startsWith("E:") || line.startsWith("F:")) {
                String text = line.substring(2).strip();
                if (text.contains("JPEG")) {
                    return shorten(text);
                }
                first = first == null ? text : first;
            }
        }
        if (first == null && o.exitCode() != 0) {
            first = "exit " + o.exitCode();
        }
        return first == null ? null : shorten(first);
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) : s;
    }
}
