package io.pixelscrub.spark;

import io.pixelscrub.cli.Main;
import picocli.CommandLine;

/** Entry point of {@code pixelscrub-spark} and of {@code spark-submit --class io.pixelscrub.spark.SparkMain}. */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; the exit code (0 done, 1 some file quarantined, 2 bad input, 3 internal error). */
    public static int run(String... args) {
        SparkScrubCommand command = new SparkScrubCommand();
        command.args = SparkScrubCommand.argsOf(args);
        CommandLine cl = Main.commandLine(command);
        return cl.execute(args);
    }
}
