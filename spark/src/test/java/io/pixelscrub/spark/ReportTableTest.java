package io.pixelscrub.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.report.ReportSchema;
import io.pixelscrub.scrubber.inspect.HeaderSummary;
import io.pixelscrub.scrubber.inspect.ReleasedAttribute;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.report.ReportKeys;
import io.pixelscrub.scrubber.report.ScrubReportWriter;
import io.pixelscrub.scrubber.thumbnail.FileDetails;
import io.pixelscrub.scrubber.thumbnail.Thumbnail;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A report entry goes into a table row and comes back as the same entry, every kind of field included. */
class ReportTableTest {

    private static final ReportKeys KEYS = ReportKeys.of(new byte[32]);

    @ParameterizedTest(name = "report text {0}")
    @ValueSource(booleans = {false, true})
    void entriesSurviveTheRow(boolean reportText) {
        Finding onFrames = new Finding(new Box(1, 2, 30, 40), Set.of(3, 0), FindingSource.DETECTOR, Verdict.PHI, 0.9,
                "header:PatientName", "DOE^JANE");
        Finding all = new Finding(new Box(0, 0, 10, 10), Set.of(), FindingSource.TEMPLATE, Verdict.UNKNOWN, 1, "ctp:rule");
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("readMs", 3L);
        timings.put("detectMs", 120L);
        FileOutcome scrubbed = new FileOutcome(Path.of("/in/a.dcm"), Path.of("/out/a.dcm"), FileStatus.SCRUBBED, null,
                "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1", 4, List.of(onFrames, all), List.of(), timings);
        FileDetails details = new FileDetails("1.2.3", "2.25.9", "US", "ACME", "Model 1", 640, 480,
                List.of(new Thumbnail(0, "x-f0-after.png", null, true)), "a note", 5,
                new HeaderSummary(120, List.of(new ReleasedAttribute("(0018,1030)", "ProtocolName", "LO", "ABDOMEN", "kept",
                        "rtnDevIdOpt:K", Set.of("kept-by-option"))), "x.json"))
                .withDevice("v1\\v2", "RGB", new byte[32]);
        FileOutcome quarantined = FileOutcome.quarantined(Path.of("/in/b.dcm"), null, "truncated", Map.of("totalMs", 7L));

        ReportTable table = ReportTable.get();
        for (ObjectNode entry : List.of(ScrubReportWriter.fileEntry(scrubbed, details, null, reportText, KEYS),
                ScrubReportWriter.fileEntry(quarantined, FileDetails.NONE, null, reportText, KEYS))) {
            Row row = table.toRow(entry, new ReportTable.RunFields(reportText, "/q", "a.dcm", 1, 2));
            assertEquals(entry.toString(), table.toEntry(row).toString());
            assertEquals(ReportSchema.VERSION, ReportTable.schemaOf(row));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"input", "timingsMs", "findings", "header"})
    void columnsAreTypedFromTheSchema(String column) {
        StructType t = ReportTable.get().schema();
        switch (column) {
            case "input" -> assertEquals(DataTypes.StringType, t.apply(column).dataType());
            case "timingsMs" -> assertEquals(DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, true),
                    t.apply(column).dataType());
            case "findings" -> assertTrue(t.apply(column).dataType().simpleString().startsWith("array<struct<frames:string,box:struct<x:bigint"),
                    t.apply(column).dataType().simpleString());
            default -> assertTrue(t.apply(column).dataType() instanceof StructType);
        }
    }
}
