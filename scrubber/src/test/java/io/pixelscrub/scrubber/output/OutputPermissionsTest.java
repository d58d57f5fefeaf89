package io.pixelscrub.scrubber.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.scrubber.RealFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs, quarantined copies and reason files get the permissions the user's umask gives, like any new file. */
class OutputPermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void writtenFilesGetTheUmasksPermissions() throws Exception {
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("plain")));
        Path out = tmp.resolve("out/file.txt");
        AtomicFile.write(out, temp -> Files.writeString(temp, "x"));
        assertEquals(umask, Files.getPosixFilePermissions(out));

        Path input = RealFiles.path("pydicom/CT_small_explicitLE.dcm");
        Path copy = new Quarantine(tmp.resolve("q")).put(input, Path.of("ct.dcm"), "reason");
        Set<PosixFilePermission> expected = new HashSet<>(Files.getPosixFilePermissions(input));
        expected.retainAll(umask);   // a copy keeps the input's mode, less what the umask takes away
        assertEquals(expected, Files.getPosixFilePermissions(copy));
        assertEquals(umask, Files.getPosixFilePermissions(Quarantine.reasonFile(copy)));
    }
}
