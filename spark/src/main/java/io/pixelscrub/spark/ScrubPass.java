package io.pixelscrub.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.Scrubber;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.limit.RunLimits;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.report.ReportKeys;
import io.pixelscrub.scrubber.report.ScrubReportWriter;
import io.pixelscrub.scrubber.thumbnail.FileDetails;
import io.pixelscrub.scrubber.thumbnail.ThumbnailMaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Pass 2, per partition of analysed files (each with the regions its series added): writes each file into OUT under
 * its relative path through the library ({@link Scrubber#scrub(Path, Path, FileScrubber.Analysed, List)}, atomic), or
 * copies it to the quarantine with its reason, as {@code pixelscrub scrub} does; and returns its report row.
 */
final class ScrubPass implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final JobSettings settings;

    ScrubPass(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> work) throws Exception {
        Scrubber scrubber = ExecutorScrubbers.of(settings);
        RunLimits limits = settings.limits();
        Quarantine quarantine = new Quarantine(Path.of(settings.quarantine()));
        ThumbnailMaker facts = new ThumbnailMaker(null, null, ThumbnailMaker.DEFAULT_MAX_SIDE, true);   // header facts, no images
        ReportKeys keys = ReportKeys.of(settings.reportKey());
        ReportTable table = ReportTable.get();
        List<Row> out = new ArrayList<>();
        try (InputCopy copies = new InputCopy()) {
            while (work.hasNext()) {
                Row r = work.next();
                long started = System.currentTimeMillis();
                String uri = r.getString(r.fieldIndex("path"));
                Path relative = settings.layout().relative(uri);
                Path local = null;
                FileOutcome o;
                try {
                    local = copies.of(uri, null);
                } catch (IOException e) {
                    o = FileOutcome.quarantined(null, null, "I/O error (" + e.getClass().getSimpleName() + "); could not copy to quarantine",
                            Map.of("totalMs", System.currentTimeMillis() - started));
                    out.add(row(table, o, FileDetails.NONE, uri, relative, keys));
                    continue;
                }
                String failure = r.getString(r.fieldIndex("failure"));
                if (failure != null) {
                    o = quarantine(quarantine, local, relative, failure, r.getLong(r.fieldIndex("failureMs")));
                } else {
                    o = write(scrubber, limits, local, relative, r);
                    if (o.status() == FileStatus.QUARANTINED) {
                        o = quarantine(quarantine, local, relative, o.reason(), o.timingsMs().getOrDefault("totalMs", 0L));
                    } else {
                        quarantine.release(relative);   // a file is in OUT or in the quarantine, never both
                    }
                }
                FileDetails d = o.status() == FileStatus.QUARANTINED ? FileDetails.NONE : facts.details(o);
                out.add(row(table, o, d, uri, relative, keys));
                copies.release(local);
            }
        }
        return out.iterator();
    }

    private FileOutcome write(Scrubber scrubber, RunLimits limits, Path local, Path relative, Row r) throws Exception {
        FileScrubber.Analysed known = AnalysisJson.analysed(r.getString(r.fieldIndex("analysis")));
        List<Finding> extra = AnalysisJson.findings(r.getString(r.fieldIndex("extras")));
        Path target = Path.of(settings.out()).resolve(relative.toString());
        // The first pass's time counts against the file's limit, as in the CLI's batch.
        return FileBudget.start(limits, known.analyseMs()).apply(() -> scrubber.scrub(local, target, known, extra));
    }

    /** As the CLI's batch: an output an earlier run left is removed, the input copied with its reason. */
    private FileOutcome quarantine(Quarantine quarantine, Path local, Path relative, String reason, long ms) {
        Map<String, Long> timings = Map.of("totalMs", ms);
        String why = reason;
        try {
            if (Files.deleteIfExists(Path.of(settings.out()).resolve(relative.toString()))) {
                why += "; the output an earlier run left was removed";
            }
        } catch (IOException e) {
            why += "; the output an earlier run left could not be removed";
        }
        try {
            return FileOutcome.quarantined(local, quarantine.put(local, relative, why), why, timings);
        } catch (IOException e) {
            return FileOutcome.quarantined(local, null, why + "; could not copy to quarantine", timings);
        }
    }

    private Row row(ReportTable table, FileOutcome o, FileDetails d, String uri, Path relative, ReportKeys keys) {
        ObjectNode entry = ScrubReportWriter.fileEntry(o.input() == null ? withInput(o) : o, d, null, settings.reportText(), keys);
        entry.put("input", settings.layout().display(uri));   // the file's own name, not the task's copy
        return table.toRow(entry, new ReportTable.RunFields(settings.reportText(), settings.quarantine(), relative.toString(),
                settings.startedAtMs(), System.currentTimeMillis()));
    }

    private static FileOutcome withInput(FileOutcome o) {
        return new FileOutcome(Path.of(""), o.output(), o.status(), o.reason(), o.transferSyntaxIn(), o.transferSyntaxOut(),
                o.frames(), o.redacted(), o.kept(), o.timingsMs());
    }
}
