package io.pixelscrub.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.cli.UserInputException;
import io.pixelscrub.models.report.ReportSchema;
import io.pixelscrub.scrubber.output.AtomicFile;
import io.pixelscrub.scrubber.report.ScrubReportWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pixelscrub-spark report --table T --json REPORT.json}: the JSON report of a Spark run, from its table, for
 * {@code pixelscrub review} and every other reader of reports. The run made no thumbnails or released-header shards,
 * so the report has none (the review shows each file's findings and facts without images).
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write the JSON report of a Spark run from its report table.")
final class ReportTableCommand implements Callable<Integer> {

    @Option(names = "--table", required = true, paramLabel = "PATH", description = "The run's Parquet report table.")
    String table;

    @Option(names = "--json", required = true, paramLabel = "REPORT.json", description = "Where the JSON report goes.")
    Path json;

    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSession.builder().appName("pixelscrub-report").master("local[1]")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        List<Row> rows = spark.read().parquet(table).collectAsList();
        write(rows, json);
        System.out.println(rows.size() + " files: " + json);
        return 0;
    }

    /** The report of {@code rows} (a run's table), entries in input order as {@code pixelscrub scrub} lists them. */
    static void write(List<Row> rows, Path json) throws java.io.IOException {
        ReportTable t = ReportTable.get();
        List<ObjectNode> entries = new ArrayList<>();
        long start = Long.MAX_VALUE;
        long end = 0;
        boolean text = false;
        String quarantine = null;
        for (Row r : rows) {
            if (!ReportSchema.VERSION.equals(ReportTable.schemaOf(r))) {
                throw new UserInputException("the table was written under " + ReportTable.schemaOf(r) + "; this pixelscrub writes "
                        + ReportSchema.VERSION);
            }
            entries.add(t.toEntry(r));
            start = Math.min(start, r.getLong(r.fieldIndex("runStartedAtMs")));
            end = Math.max(end, r.getLong(r.fieldIndex("finishedAtMs")));
            text |= r.getBoolean(r.fieldIndex("reportText"));
            quarantine = r.getString(r.fieldIndex("quarantineFolder"));
        }
        entries.sort(Comparator.comparing(e -> Path.of(e.get("input").asText())));
        ObjectNode root = ScrubReportWriter.fromEntries("scrub", text, quarantine == null ? null : Path.of(quarantine), entries,
                rows.isEmpty() ? 0 : end - start);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFile.write(json, temp -> mapper.writeValue(temp.toFile(), root));
    }
}
