package io.pixelscrub.spark;

import io.pixelscrub.Scrubber;
import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.limit.RunLimits;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Pass 1, per partition of binary records: each file's pixel analysis and series key through the library
 * ({@link Scrubber#analyse}), or the one-line reason it could not be analysed. A failure is a row, never a task error.
 */
final class AnalysePass implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("seriesKey", DataTypes.StringType, true)
            .add("analysis", DataTypes.StringType, true)
            .add("failure", DataTypes.StringType, true)
            .add("failureMs", DataTypes.LongType, false);

    private final JobSettings settings;

    AnalysePass(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) throws Exception {
        Scrubber scrubber = ExecutorScrubbers.of(settings);
        RunLimits limits = settings.limits();
        List<Row> out = new ArrayList<>();
        try (InputCopy copies = new InputCopy()) {
            while (records.hasNext()) {
                Row r = records.next();
                String uri = r.getString(0);
                long t0 = System.nanoTime();
                try {
                    Path local = copies.of(uri, r.isNullAt(1) ? null : (byte[]) r.get(1));
                    FileScrubber.Analysed a = FileBudget.start(limits, 0).apply(() -> scrubber.analyse(local));
                    copies.release(local);
                    out.add(RowFactory.create(uri, a.seriesKey(), AnalysisJson.write(a), null, 0L));
                } catch (Exception | Error e) {   // as the CLI's first pass: the file is quarantined in the second
                    out.add(RowFactory.create(uri, null, null, BatchScrubber.failureReason(e), (System.nanoTime() - t0) / 1_000_000));
                }
            }
        }
        return out.iterator();
    }
}
