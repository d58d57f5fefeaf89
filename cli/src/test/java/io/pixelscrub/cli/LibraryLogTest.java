package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import io.pixelscrub.cli.logging.LibraryLog;
import io.pixelscrub.testdata.RepositoryRoot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PixelMed logs a stack trace for a value cut short by the end of a file. Through pixelscrub's SLF4J binding that goes
 * to the --log file while one is open, and nowhere otherwise; never to the console.
 */
class LibraryLogTest {

    @TempDir
    Path tmp;

    @Test
    void pixelMedMessagesReachTheLogFileAndNeverTheConsole() throws Exception {
        byte[] ct = Files.readAllBytes(RepositoryRoot.find().resolve("testdata/real/pydicom/CT_small_explicitLE.dcm"));
        Path cut = tmp.resolve("cut.dcm");
        Files.write(cut, Arrays.copyOf(ct, ct.length / 10));
        Path log = tmp.resolve("library.log");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            LibraryLog.quietConsole();
            try (AutoCloseable h = LibraryLog.toFile(log)) {
                readQuietly(cut);
            }
            long size = Files.size(log);
            readQuietly(cut);   // no log file open: dropped
            assertEquals(size, Files.size(log));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on stderr");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on stdout");
        String logged = Files.readString(log);
        assertTrue(logged.contains("DicomException") && logged.contains("com.pixelmed"), logged);
    }

    private static void readQuietly(Path file) {
        try {
            new AttributeList().read(file.toFile());
        } catch (Exception expected) {
            // PixelMed may also throw; what matters is where its log goes
        }
    }
}
