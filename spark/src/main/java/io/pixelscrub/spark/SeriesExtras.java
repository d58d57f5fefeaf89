package io.pixelscrub.spark;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.analysis.SeriesPropagation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Between the passes, once per series (the analyses grouped by series key, so a series' instances meet in one call
 * wherever their files were analysed): the regions series propagation adds to each instance, in the order
 * {@code pixelscrub scrub} meets them (by path), so both word them alike.
 */
final class SeriesExtras implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("extras", DataTypes.StringType, false);

    private final JobSettings settings;

    SeriesExtras(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(String seriesKey, Iterator<Row> analysed) {
        List<Row> rows = new ArrayList<>();
        analysed.forEachRemaining(rows::add);
        rows.sort(Comparator.comparing(r -> Path.of(InputLayout.pathOf(r.getString(0)))));
        Map<String, List<Finding>> instances = new LinkedHashMap<>();
        for (Row r : rows) {
            instances.put(r.getString(0), AnalysisJson.analysed(r.getString(2)).pixels().findings());
        }
        SeriesPropagation series = ExecutorScrubbers.of(settings).seriesPropagation();
        List<Row> out = new ArrayList<>();
        series.extras(instances).forEach((path, extra) -> {
            if (!extra.isEmpty()) {
                out.add(RowFactory.create(path, AnalysisJson.write(extra)));
            }
        });
        return out.iterator();
    }
}
