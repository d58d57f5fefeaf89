package io.pixelscrub.cli;

import io.pixelscrub.detector.template.TemplateDetector;
import io.pixelscrub.detector.template.TemplateMatch;
import io.pixelscrub.models.template.RegionTemplate;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pixelscrub templates list|test|induce}: what region templates exist, which match a file and why, and new ones
 * learnt from a collection.
 */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List region templates or test them on files.",
        subcommands = {TemplatesCommand.ListCommand.class, TemplatesCommand.TestCommand.class, InduceCommand.class})
public final class TemplatesCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    static class Source {
        @Option(names = "--templates", paramLabel = "FILE", arity = "1..*", description = "Extra template files.")
        List<Path> templates = new ArrayList<>();

        @Option(names = "--no-builtin-templates", description = "Use only the templates given with --templates.")
        boolean noBuiltin;

        TemplateLibrary library() {
            return Engines.templates(templates, !noBuiltin);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every template: id, action, regions, source.")
    static final class ListCommand implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Source source = new Source();

        @Override
        public Integer call() {
            TemplateLibrary lib = source.library();
            for (RegionTemplate t : lib.list()) {
                System.out.printf("%s\t%s\t%d region(s)\t%s%n", t.id(), t.action().name().toLowerCase(), t.regionCount(), t.source());
            }
            System.out.println(lib.list().size() + " template(s): " + lib.countsBySource());
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Show which templates match each file, and why. "
            + "Exit code 2 when a file is missing or not DICOM (each says so in one line; the others are still shown).")
    static final class TestCommand implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Source source = new Source();

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Option(names = "--all", description = "Also list templates that did not match.")
        boolean all;

        @Override
        public Integer call() {
            TemplateDetector detector = new TemplateDetector(source.library());
            int failures = 0;
            for (Path f : files) {
                String unusable = !Files.exists(f) ? "no such file" : Files.isDirectory(f) ? "a folder, not a DICOM file"
                        : !Files.isReadable(f) ? "permission denied" : null;
                if (unusable != null) {
                    System.err.println("pixelscrub: " + f + ": " + unusable);
                    failures++;
                    continue;
                }
                try (DicomInput in = DicomFileReader.open(f)) {
                    PixelModule m = in.module().orElse(null);
                    int rows = m == null ? 0 : m.rows();
                    int cols = m == null ? 0 : m.columns();
                    List<TemplateMatch> matches = detector.explain(new AttributeListHeaderView(in.header()), rows, cols);
                    long applied = matches.stream().filter(TemplateMatch::applied).count();
                    System.out.println(f + ": " + applied + " template(s) apply");
                    for (TemplateMatch tm : matches) {
                        if (tm.matched() || all) {
                            System.out.printf("  %s %s [%s] %s -> %s%n", tm.outcome(),
                                    tm.templateId(), tm.action().name().toLowerCase(), tm.explanation(), tm.boxes());
                        }
                    }
                } catch (InvalidDicomException | java.io.IOException e) {
                    System.err.println("pixelscrub: " + f + ": " + e.getMessage());
                    failures++;
                }
            }
            return failures == 0 ? 0 : ErrorLine.USAGE; // a file that is not DICOM is bad input here: nothing to quarantine
        }
    }
}
