package io.pixelscrub.cli;

import io.pixelscrub.scrubber.pipeline.InputGuard;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import java.io.IOException;
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

    static List<InputFiles.Entry> expand(List<Path> inputs, List<Path> exclude) throws IOException {
        List<InputFiles.Entry> files = InputFiles.expand(inputs, exclude); // a missing or unreadable IN: IOException, one line
        if (files.isEmpty()) {
            throw new UserInputException("no files in " + inputs.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        return files;
    }
}
