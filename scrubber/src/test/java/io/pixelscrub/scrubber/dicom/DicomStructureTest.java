package io.pixelscrub.scrubber.dicom;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.RealFiles;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure walk must refuse what is broken (see BadInputReaderTest) and accept every well-formed file: all of
 * testdata/real except the one whose stray item tag dcmtk refuses too.
 */
class DicomStructureTest {

    private static final Set<String> MALFORMED = Set.of("US_Philips_iU22_GH364_JPEGLS_malformed.dcm");

    @TempDir
    Path tmp;

    static Stream<Path> realFiles() throws Exception {
        try (Stream<Path> s = Files.walk(RealFiles.root().resolve("testdata/real"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".dcm"))
                    .filter(p -> !MALFORMED.contains(p.getFileName().toString())).sorted().toList();
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void acceptsEveryWellFormedRealFile(Path file) {
        assertDoesNotThrow(() -> DicomStructure.check(file));
    }

    @Test
    void refusesTheMalformedRealFileForItsStrayItem() {
        InvalidDicomException e = assertThrows(InvalidDicomException.class,
                () -> DicomStructure.check(RealFiles.path("fo-dicom/US_Philips_iU22_GH364_JPEGLS_malformed.dcm")));
        assertTrue(e.getMessage().contains("(FFFE,E000)"), e.getMessage());
    }

    @Test
    void acceptsStrayDelimiterAtTopLevelAndUnknownOfUndefinedLength() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[128]);
        b.writeBytes("DICM".getBytes());
        element(b, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1\0".getBytes());
        element(b, 0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7\0".getBytes());
        b.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x0D, (byte) 0xE0, 0, 0, 0, 0});   // stray item delimiter
        // A private UN of undefined length: an implicit little-endian sequence with one item holding one element.
        b.writeBytes(new byte[] {0x09, 0x00, 0x10, 0x10, 'U', 'N', 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        b.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        b.writeBytes(new byte[] {0x09, 0x00, 0x11, 0x10, 2, 0, 0, 0, 'A', 'B'});
        b.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x0D, (byte) 0xE0, 0, 0, 0, 0});
        b.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0, 0, 0, 0, 0});
        Path f = tmp.resolve("odd-but-valid.dcm");
        Files.write(f, b.toByteArray());
        assertDoesNotThrow(() -> DicomStructure.check(f));
        byte[] cut = java.util.Arrays.copyOf(b.toByteArray(), b.size() - 8);   // without the sequence delimiter
        Files.write(f, cut);
        assertThrows(InvalidDicomException.class, () -> DicomStructure.check(f));
    }

    private static void element(ByteArrayOutputStream b, int group, int element, String vr, byte[] value) {
        b.writeBytes(new byte[] {(byte) group, (byte) (group >> 8), (byte) element, (byte) (element >> 8)});
        b.writeBytes(vr.getBytes());
        b.writeBytes(new byte[] {(byte) value.length, (byte) (value.length >> 8)});
        b.writeBytes(value);
    }
}
