package io.pixelscrub.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an earlier run left in OUT. A second scrub into a folder that holds files is refused unless the user says
 * what to do with them: {@code --resume} keeps the outputs an earlier run finished (unchanged input and output) and
 * processes the rest; {@code --force} processes every file again and replaces its output. Either way, files in OUT
 * that no input maps to are left alone, and temporary files an interrupted run left behind are removed.
 */
final class EarlierOutputs {
    private final Path out;
    private final List<Path> files;

    private EarlierOutputs(Path out, List<Path> files) {
        this.out = out;
        this.files = files;
    }

    static EarlierOutputs in(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return new EarlierOutputs(out, List.of());
        }
        try (Stream<Path> s = Files.walk(out)) {
            return new EarlierOutputs(out, s.filter(p -> !Files.isDirectory(p)).toList());
        }
    }

    /** Refuses a run into a folder with files unless --resume or --force says what to do with them. */
    void requireChoice(boolean resume, boolean force) {
        if (resume && force) {
            throw new UserInputException("--resume and --force exclude each other");
        }
        if (!files.isEmpty() && !resume && !force) {
            throw new UserInputException("the output folder " + out + " already holds " + files.size() + " file(s) from an "
                    + "earlier run; pass --resume to keep the outputs that run finished and process the rest, or --force to "
                    + "process every file again and replace its output");
        }
    }

    /** Deletes the temporary files ({@code .NAME.*.partial}) of a run that was killed; returns how many. */
    int removePartials() throws IOException {
        int n = 0;
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".partial") && Files.isRegularFile(p)) {
                Files.delete(p);
                n++;
            }
        }
        return n;
    }
}
