package io.pixelscrub.scrubber.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the user's inputs into files, each with the relative path it keeps under the output folder. */
public final class InputFiles {

    public record Entry(Path file, Path relative) {
    }

    private InputFiles() {
    }

    /**
     * One input: paths relative to it. Several inputs: each under its own name, so trees cannot collide.
     * Files under {@code exclude} (the output folder, when the user allowed it inside the input) are skipped.
     */
    public static List<Entry> expand(List<Path> inputs, List<Path> exclude) throws IOException {
        List<Entry> out = new ArrayList<>();
        boolean single = inputs.size() == 1;
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (!Files.exists(in)) {
                throw new IOException("input does not exist: " + input);
            }
            if (!Files.isReadable(in)) {
                throw new IOException("cannot read input (permission denied): " + input);
            }
            if (Files.isDirectory(in)) {
                Path prefix = single ? Path.of("") : in.getFileName();
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> exclude.stream().noneMatch(e -> p.startsWith(e.toAbsolutePath().normalize())))
                            .sorted()
                            .forEach(p -> out.add(new Entry(p, prefix.resolve(in.relativize(p)))));
                }
            } else {
                out.add(new Entry(in, in.getFileName()));
            }
        }
        return out;
    }

    /**
     * True when {@code output} lies inside (or is) one of the inputs, symbolic links resolved on both sides: refused
     * unless the user asks for it.
     */
    public static boolean outputInsideInput(List<Path> inputs, Path output) {
        Path o = realPath(output);
        for (Path input : inputs) {
            Path i = realPath(input);
            if (Files.isDirectory(i) && o.startsWith(i)) {
                return true;
            }
        }
        return false;
    }

    /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended. */
    static Path realPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
