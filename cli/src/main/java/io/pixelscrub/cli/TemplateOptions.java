package io.pixelscrub.cli;

import io.pixelscrub.models.template.TemplateLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which region templates a run uses: shared by scrub (and the Spark job) and scan, so both load them alike. */
final class TemplateOptions {

    @Option(names = "--templates", paramLabel = "FILE", arity = "1..*",
            description = "Extra region templates: CTP DicomPixelAnonymizer.script, pydicom-deid recipe, or pixelscrub JSON.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--no-builtin-templates", description = "Use only the templates given with --templates.")
    boolean noBuiltin;

    /** The built-in templates (unless left out) and the user's files; a missing file is one line, exit 2. */
    TemplateLibrary library() {
        return Engines.templates(files, !noBuiltin);
    }
}
