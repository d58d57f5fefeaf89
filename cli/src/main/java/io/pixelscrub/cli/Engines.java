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
        try {
            return Scrubber.open(options);
        } catch (IllegalArgumentException e) { // an unknown profile, option or pseudonym scheme: the user's words
            throw new UserInputException(e.getMessage());
        }
    }

    /** {@code h}, its profile, option and scheme names checked: an unknown one is one line, exit 2. */
    static io.pixelscrub.HeaderOptions validated(io.pixelscrub.HeaderOptions h) {
        try {
            return h.validate();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** The built-in templates (unless left out) and the user's files; a missing file is one line, exit 2. */
    static TemplateLibrary templates(List<Path> extra, boolean builtIn) {
        try {
            return Pipeline.templates(extra, builtIn);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
