package io.pixelscrub.scrubber.sniff;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pixelscrub.scrubber.FuzzTempFiles;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.header.ProfileOptions;
import io.pixelscrub.scrubber.header.ProfilePolicy;
import io.pixelscrub.scrubber.header.ProfileTable;
import io.pixelscrub.scrubber.header.SafePrivateList;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes {@code sniff}: a file is read as {@code sniff} reads it ({@link DicomFileReader}), its header goes through the
 * {@link Sniffer} (free text at every depth, private elements and their creators, value flags), and the report is
 * made as JSON and CSV. A clean refusal is {@link InvalidDicomException} or {@link IOException} (the file is skipped
 * with one line); anything else thrown is a finding.
 *
 * <p>Seeds: the headers of eleven bundled files (testdata/real) with their pixels cut to 8 x 8, in
 * {@code src/test/resources/io/pixelscrub/scrubber/sniff/SnifferFuzzTestInputs/sniff/}, replayed by every
 * {@code mvn test}; {@code scripts/fuzz.sh} fuzzes it.
 */
class SnifferFuzzTest {

    private static final Path FILE = FuzzTempFiles.create("input.dcm");
    private static final ProfilePolicy POLICY = new ProfilePolicy(ProfileTable.standard(), ProfileOptions.basic());

    @FuzzTest
    void sniff(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        Sniffer sniffer = new Sniffer(ProfileTable.standard(), POLICY, SafePrivateList.standard());
        try (DicomInput in = DicomFileReader.open(FILE)) {
            sniffer.add(in.header());
        } catch (InvalidDicomException | IOException refused) {
            return;   // skipped, with one line
        }
        SniffReportWriter.toJson(sniffer, 0);
        SniffReportWriter.writeCsv(sniffer, new StringWriter());
    }
}
