package io.pixelscrub.cli;

import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.header.ProfileOptions;
import io.pixelscrub.scrubber.header.ProfilePolicy;
import io.pixelscrub.scrubber.header.ProfileTable;
import io.pixelscrub.scrubber.header.SafePrivateList;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import io.pixelscrub.scrubber.sniff.SniffReportWriter;
import io.pixelscrub.scrubber.sniff.Sniffer;
import io.pixelscrub.scrubber.sniff.ValueTally;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pixelscrub sniff IN... --report sniff.json|.csv}: free text and private elements across a collection. */
@Command(name = "sniff", mixinStandardHelpOptions = true,
        description = "List every distinct free-text (LO, LT, ST, UT, SH, PN, UC, also inside sequences) and private value "
                + "across a collection, flagging PHI patterns and header values. The report contains PHI.")
public final class SniffCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "IN", description = "DICOM files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = "--report", required = true, paramLabel = "REPORT", description = "Where to write: .json or .csv.")
    Path report;

    @Option(names = "--option", paramLabel = "NAME", description = "Profile options to show the action for (as for scrub).")
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ProfilePolicy policy;
        try {
            policy = new ProfilePolicy(ProfileTable.standard(), ProfileOptions.parse(options));
        } catch (IllegalArgumentException e) { // an option name the user typed
            throw new UserInputException(e.getMessage());
        }
        Sniffer sniffer = new Sniffer(ProfileTable.standard(), policy, SafePrivateList.standard());
        InputFiles.Found found = CommandInputs.expand(inputs, List.of(report.toAbsolutePath()));
        int failed = CommandInputs.printUnreadable(found, System.err);
        int unreadable = failed;
        for (InputFiles.Entry e : found.files()) {
            try (DicomInput in = DicomFileReader.open(e.file())) {
                sniffer.add(in.header());
            } catch (InvalidDicomException | IOException | RuntimeException ex) {
                unreadable++;
                System.err.println("pixelscrub: " + e.file() + ": skipped (" + ex.getClass().getSimpleName() + ")");
            }
        }
        SniffReportWriter.write(sniffer, unreadable, report);
        long flaggedText = sniffer.freeText().values().stream().filter(ValueTally::flagged).count();
        long flaggedPrivate = sniffer.privateElements().values().stream().filter(ValueTally::flagged).count();
        System.out.printf("%d files read, %d skipped: %d free-text elements (%d with flagged values), %d private elements "
                        + "(%d with flagged values)%nreport: %s (contains PHI: keep it with the originals)%n",
                sniffer.files(), unreadable, sniffer.freeText().size(), flaggedText, sniffer.privateElements().size(),
                flaggedPrivate, report);
        return failed > 0 ? 1 : 0;   // a path that could not be read at all fails the run; a non-DICOM file does not
    }
}
