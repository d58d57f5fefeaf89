package io.pixelscrub.testdata;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/** For tests that run a command in-process: its exit code and what it printed on stdout and stderr. */
public final class ConsoleCapture {

    public record Result(int code, String out, String err) {
    }

    private ConsoleCapture() {
    }

    /** Runs {@code command} with System.out and System.err captured (one command at a time). */
    public static synchronized Result run(IntSupplier command) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = command.getAsInt();
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
