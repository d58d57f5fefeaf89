package io.pixelscrub.scrubber.header;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import io.pixelscrub.scrubber.FuzzTempFiles;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.output.DicomFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes header de-identification: a file is read as scrub reads it, its header goes through the
 * {@link HeaderDeidentifier} (the basic profile, or, for inputs of odd length, every option that changes what is done:
 * clean graphics, structured content and descriptors, modified dates, patient characteristics, device identity, safe
 * private), and the result is written out as a Part 10 header. A clean refusal is {@link InvalidDicomException} or
 * {@link IOException} from reading or writing, or a {@link DicomException} from de-identification (scrub quarantines
 * the file with one line); anything else thrown is a finding.
 *
 * <p>Seeds: the headers of eleven bundled files (testdata/real) with their pixels cut to 8 x 8, in
 * {@code src/test/resources/io/pixelscrub/scrubber/header/HeaderDeidentifierFuzzTestInputs/deidentify/}, replayed by
 * every {@code mvn test}; {@code scripts/fuzz.sh} fuzzes it.
 */
class HeaderDeidentifierFuzzTest {

    private static final Path FILE = FuzzTempFiles.create("input.dcm");
    private static final Path OUT = FILE.resolveSibling("output.dcm");
    private static final HeaderDeidentifier BASIC = new HeaderDeidentifier();
    private static final HeaderDeidentifier OPTIONS = new HeaderDeidentifier(ProfileOptions.of(ProfileOption.CLEAN_GRAPHICS,
            ProfileOption.CLEAN_STRUCTURED_CONTENT, ProfileOption.CLEAN_DESCRIPTORS,
            ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES, ProfileOption.RETAIN_PATIENT_CHARACTERISTICS,
            ProfileOption.RETAIN_DEVICE_IDENTITY, ProfileOption.RETAIN_SAFE_PRIVATE));

    @FuzzTest
    void deidentify(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        try (DicomInput in = DicomFileReader.open(FILE)) {
            AttributeList header = in.header();
            (bytes.length % 2 == 0 ? BASIC : OPTIONS).apply(header, HeaderFixtures.context(true,
                    new InMemoryUidMapper(HeaderFixtures.UID_KEY)));
            DicomFileWriter.write(header, in.transferSyntax(), null, OUT);
        } catch (InvalidDicomException | IOException | DicomException refused) {
            // quarantined with one line
        }
    }
}
