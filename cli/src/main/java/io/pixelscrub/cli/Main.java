package io.pixelscrub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: parses the command line and hands over to one subcommand. */
@Command(name = "pixelscrub", mixinStandardHelpOptions = true, version = "pixelscrub 0.1.0",
        description = "Finds and removes burned-in PHI in DICOM pixel data and de-identifies the header.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file done (scrubbed, clean, verified clean)",
                "1:some file quarantined or not analysed; verify: PHI remains or an audit store is among the files",
                "2:bad command line or input (one line on stderr says which)",
                "3:internal error (PIXELSCRUB_DEBUG=1 prints the stack trace)"},
        subcommands = {ScrubCommand.class, ScanCommand.class, VerifyCommand.class, ReviewCommand.class, SniffCommand.class, AuditCommand.class, TemplatesCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Every failure, from a mistyped option to a missing input, ends as one line on stderr (see {@link OneLineErrors}). */
    public static CommandLine commandLine() {
        return commandLine(new Main());
    }

    /** {@code command} with pixelscrub's handling of errors (one line, exit 2 or 3) and quiet library logs. */
    public static CommandLine commandLine(Object command) {
        io.pixelscrub.cli.logging.LibraryLog.quietConsole(); // library logs never reach the console (--log FILE keeps them)
        OneLineErrors errors = OneLineErrors.fromEnvironment();
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
