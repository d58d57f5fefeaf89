package io.pixelscrub.scrubber.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files hold PHI: one private folder per run, and what a killed run left is removed by the next. */
class PrivateTempTest {

    @TempDir
    Path tmp;

    @Test
    void theRunFolderIsPrivateAndRemovedWhenDone() throws Exception {
        PrivateTemp t = new PrivateTemp(tmp.resolve("pixelscrub-u"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("pixelscrub-u"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(t.folder())));
        assertTrue(t.folder().getFileName().toString().startsWith("run-" + ProcessHandle.current().pid() + "-"));
        Files.writeString(Files.createTempFile(t.folder(), "x", ".dcm"), "decoded pixels");
        t.removeAll();
        assertFalse(Files.exists(t.folder()));
    }

    @Test
    void foldersOfRunsThatAreGoneAreRemovedAndLiveOnesKept() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("pixelscrub-u"));
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwx------"));
        long dead = deadPid();
        Path killed = Files.createDirectories(base.resolve("run-" + dead + "-123"));
        Files.writeString(killed.resolve("pixelscrub-decoded-1.dcm"), "a killed run's decoded original");
        Path live = Files.createDirectories(base.resolve("run-" + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectories(base.resolve("not-a-run"));

        PrivateTemp t = new PrivateTemp(base);
        assertEquals(1, t.sweptFolders());
        assertFalse(Files.exists(killed), "the killed run's folder and its PHI are gone");
        assertTrue(Files.exists(live), "a running process's folder is left alone");
        assertTrue(Files.exists(other), "only run folders are touched");
        t.removeAll();
    }

    @Test
    void aLinkInPlaceOfTheFolderIsRefused() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(tmp.resolve("pixelscrub-u"), target);
        assertThrows(IOException.class, () -> new PrivateTemp(link));
    }

    @Test
    void aFolderOpenToOthersIsMadePrivate() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("pixelscrub-u"));
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxrwxrwx"));
        PrivateTemp t = new PrivateTemp(base);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(base)));
        t.removeAll();
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {   // above the usual pid_max: no process has it
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }
}
