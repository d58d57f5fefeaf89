package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pixelscrub bench} answers bad input as every command does: one line on stderr, exit 2. */
class BenchCommandErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingInputIsOneLine() {
        Run r = run("bench", tmp.resolve("does-not-exist").toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("input does not exist"), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
    }

    @Test
    void anEmptyFolderIsOneLine() throws Exception {
        Run r = run("bench", Files.createDirectories(tmp.resolve("empty")).toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("no files in"), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
    }

    @Test
    void theShippedCliHasNoBenchButTheBenchMainHas() {
        assertTrue(Main.commandLine().getSubcommands().get("bench") == null, "the shipped CLI carries no generator");
        assertTrue(BenchMain.commandLine().getSubcommands().containsKey("bench"));
    }

    private record Run(int code, String err) { }

    private static synchronized Run run(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = BenchMain.commandLine().execute(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }
}
