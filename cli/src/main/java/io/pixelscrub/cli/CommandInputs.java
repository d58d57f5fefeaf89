package io.pixelscrub.cli;

import io.pixelscrub.scrubber.pipeline.InputGuard;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The files a command works on, from the IN paths it was given: every path must exist and be readable, and together
 * they must hold at least one file. A run over nothing is a mistake (a wrong folder), not a success.
 */
final class CommandInputs {

    private CommandInputs() {
    }

    /** A report or store path that resolves to an input file would replace it: refused before anything is written. */
    static void refuseWritingOver(List<InputFiles.Entry> files, Path... targets) {
        InputGuard guard = InputGuard.of(files);
        for (Path t : targets) {
            if (t != null && guard.isInput(t)) {
                throw new UserInputException(t + " resolves to an input file; pixelscrub never writes over its input");
            }
        }
    }

    /**
     * The files under the IN paths, and what could not be read among them. A missing or unreadable IN path is an
     * IOException (one line, exit 2). A folder, file or link inside that cannot be read is left to the command, which
     * gives each one line and fails the run at the end. When nothing at all could be read, each unreadable path gets
     * its line here and the run is refused.
     */
    static InputFiles.Found expand(List<Path> inputs, List<Path> exclude) throws IOException {
        InputFiles.Found found = InputFiles.expand(inputs, exclude);
        if (found.files().isEmpty()) {
            printUnreadable(found, System.err);
            String where = inputs.stream().map(Path::toString).collect(Collectors.joining(", "));
            throw new UserInputException(found.unreadable().isEmpty() ? "no files in " + where
                    : "no readable files in " + where + " (" + found.unreadable().size() + " path(s) could not be read)");
        }
        return found;
    }

    /** One line per path that could not be read, for the commands that do not run a batch; returns how many. */
    static int printUnreadable(InputFiles.Found found, PrintStream err) {
        for (InputFiles.Unreadable u : found.unreadable()) {
            err.println("pixelscrub: " + u.path() + ": " + u.reason());
        }
        return found.unreadable().size();
    }
}
