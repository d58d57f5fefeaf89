package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * The mapping from a failure to its one line. Permission errors cannot be staged in a test run as root, so they are
 * checked here; so is the rule that a bug's message (which could quote file content) is never printed.
 */
class ErrorLineTest {

    @Test
    void fileSystemProblemsNameThePathAndExit2() {
        assertEquals(new ErrorLine("permission denied: /data/in", 2), ErrorLine.of(new AccessDeniedException("/data/in")));
        assertEquals(new ErrorLine("no such file or folder: /data/x", 2),
                ErrorLine.of(new UncheckedIOException(new NoSuchFileException("/data/x"))));
    }

    @Test
    void multiLineMessagesBecomeOneLine() {
        assertEquals("a; b", ErrorLine.of(new UserInputException("a\n  b\n")).message());
    }

    @Test
    void jsonErrorsGiveThePlaceNotTheText() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> new ObjectMapper().readTree("{\"name\": DOE^JOHN}"));
        ErrorLine l = ErrorLine.of(e);
        assertEquals(2, l.exitCode());
        assertTrue(l.message().startsWith("not valid JSON (line 1, column "), l.message());
        assertFalse(l.message().contains("DOE"), l.message());
    }

    @Test
    void aBugIsExit3WithItsClassAndPlaceButNotItsMessage() {
        ErrorLine l = ErrorLine.of(new IllegalStateException("PatientName=DOE^JOHN"));
        assertEquals(ErrorLine.INTERNAL, l.exitCode());
        assertTrue(l.message().startsWith("internal error: IllegalStateException at ErrorLineTest."), l.message());
        assertFalse(l.message().contains("DOE"), l.message());
    }

    @Test
    void theHandlerPrintsOneLineAndTheStackTraceOnlyWhenDebugging() {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int quiet = new OneLineErrors(false).handleExecutionException(new RuntimeException("x"), Main.commandLine(), null);
            assertEquals(3, quiet);
            assertEquals(1, buf.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count());
            buf.reset();
            new OneLineErrors(true).handleExecutionException(new RuntimeException("x"), Main.commandLine(), null);
            assertTrue(buf.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count() > 1);
        } finally {
            System.setErr(old);
        }
    }
}
