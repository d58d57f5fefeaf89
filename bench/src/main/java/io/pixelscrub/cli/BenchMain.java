package io.pixelscrub.cli;

import picocli.CommandLine;

/**
 * {@code pixelscrub bench}: the CLI with the bench command added. The benchmarks need the synthetic generator, which
 * the shipped CLI does not carry; the launcher runs this main for {@code bench}. The classes stay in the CLI's package
 * to share its option mixins and one-line error handling.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand("bench", new CommandLine(new BenchCommand()));
        return cl;
    }
}
