package io.pixelscrub.scrubber.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while an output is written: the write fails with the operating system's "No space left on
 * device" after some bytes reached the temp file. The failure reaches the caller, is recognised as a full disk, and
 * neither the temp file nor anything under the output's name is left.
 */
class OutOfSpaceWriteTest {

    @TempDir
    Path tmp;

    @Test
    void aDicomWriteThatRunsOutOfSpaceLeavesNothingBehind() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path target = dir.resolve("ct.dcm");
        write(target, Long.MAX_VALUE);   // with room enough, the output is written: its size says where to fail
        long size = Files.size(target);
        Files.delete(target);
        // In the meta header, in the data set, in the Pixel Data value (streamed from the source), at the last byte.
        for (long limit : List.of(0L, 100L, 1_000L, size / 2, size - 1)) {
            IOException e = assertThrows(IOException.class, () -> write(target, limit), "fails at byte " + limit);
            assertTrue(OutOfSpace.is(e), "recognised as a full disk after " + limit + " bytes: " + e);
            assertEquals(List.of(), list(dir), "nothing left after a failure at byte " + limit);
        }
    }

    /** Writes the bundled CT image as it is to {@code target} through a disk with {@code room} bytes free. */
    private static void write(Path target, long room) throws Exception {
        try (DicomInput in = DicomFileReader.open(RealFiles.path("pydicom/CT_small_explicitLE.dcm"))) {
            PixelDataPayload pixels = new PixelDataPayload(in.pixelFile(), in.location().valueOffset(),
                    in.location().valueEnd(), in.location().vr(), in.location().encapsulated());
            DicomFileWriter.write(in.header(), in.transferSyntax(), pixels, target,
                    f -> new FullDiskStream(Files.newOutputStream(f), room));
        }
    }

    @Test
    void aFailedWriteKeepsTheOutputAnEarlierRunLeft() throws Exception {
        Path target = tmp.resolve("kept.dcm");
        Files.writeString(target, "earlier output");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, temp -> {
            try (OutputStream o = new FullDiskStream(Files.newOutputStream(temp), 3)) {
                o.write("new bytes".getBytes());
            }
        }));
        assertTrue(OutOfSpace.is(e));
        assertEquals("earlier output", Files.readString(target), "replaced only by a complete file");
        assertEquals(List.of(target), list(tmp));
    }

    @Test
    void fullDiskAndQuotaAreRecognisedAndNothingElse() {
        assertTrue(OutOfSpace.is(new IOException("No space left on device")));
        assertTrue(OutOfSpace.is(new java.nio.file.FileSystemException("/x", null, "No space left on device")));
        assertTrue(OutOfSpace.is(new java.io.UncheckedIOException(new IOException("Disk quota exceeded"))));
        assertFalse(OutOfSpace.is(new IOException("Input/output error")));
        assertFalse(OutOfSpace.is(new java.nio.file.AccessDeniedException("/x")));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
