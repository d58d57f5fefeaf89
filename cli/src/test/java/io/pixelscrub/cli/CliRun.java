package io.pixelscrub.cli;

import io.pixelscrub.testdata.ConsoleCapture;

/** Runs the CLI in-process and captures what it prints. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        ConsoleCapture.Result r = ConsoleCapture.run(() -> Main.commandLine().execute(args));
        return new CliRun(r.code(), r.out(), r.err());
    }
}
