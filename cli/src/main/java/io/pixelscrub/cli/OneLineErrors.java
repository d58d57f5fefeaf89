package io.pixelscrub.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every failure of a command as one line on stderr, {@code pixelscrub: ...}, in place of picocli's usage dump or a
 * Java stack trace: a bad command line exits 2 with a pointer to --help; an exception from a command goes through
 * {@link ErrorLine}. Set PIXELSCRUB_DEBUG=1 to get the stack trace as well.
 */
final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final boolean debug;

    OneLineErrors(boolean debug) {
        this.debug = debug;
    }

    static OneLineErrors fromEnvironment() {
        String d = System.getenv("PIXELSCRUB_DEBUG");
        return new OneLineErrors(d != null && !d.isBlank() && !d.equals("0"));
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String hint = "";
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            hint = "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
        }
        print(ErrorLine.oneLine(ex.getMessage()) + hint + " (see: " + cmd.getCommandSpec().qualifiedName() + " --help)", ex);
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        ErrorLine line = ErrorLine.of(ex);
        print(line.message(), ex);
        return line.exitCode();
    }

    private void print(String line, Exception ex) {
        PrintStream err = System.err;
        err.println("pixelscrub: " + line);
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
    }
}
