package io.pixelscrub.cli;

import io.pixelscrub.Scrubber;
import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.run.Pipeline;
import java.nio.file.Path;
import java.util.List;

/** Opens the library's {@link Scrubber} for a command: what the user typed wrong becomes one line and exit 2. */
final class Engines {

    private Engines() {
    }

    static Scrubber open(ScrubberOptions options) {
        return asUserInput(() -> Scrubber.open(options));
    }

    /** {@code h}, its profile, option and scheme names checked: an unknown one is one line, exit 2. */
    static io.pixelscrub.HeaderOptions validated(io.pixelscrub.HeaderOptions h) {
        return asUserInput(h::validate);
    }

    /** The built-in templates (unless left out) and the user's files; a missing file is one line, exit 2. */
    static TemplateLibrary templates(List<Path> extra, boolean builtIn) {
        return asUserInput(() -> Pipeline.templates(extra, builtIn));
    }

    /** The library says what the user typed wrong (an unknown name, a missing file) as IllegalArgumentException. */
    private static <T> T asUserInput(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
