package io.pixelscrub.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.models.report.ReportSchema;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark run's report table: one row per file holding the fields of the JSON report's file entry, typed from the
 * report schema itself ({@code $defs/file} of {@link ReportSchema}, so the table follows the schema's version), and a
 * few columns of the run around them ({@link #RUN_COLUMNS}).
 *
 * <p>Schema types become Spark types: string and enum → string, integer → long, number → double, boolean → boolean,
 * an object with properties → struct, an object of integers (timings) → map, an array → array. A value of either of
 * several shapes ({@code oneOf}: a finding's {@code frames}, "all" or a list) is kept as its JSON text. A field the
 * schema requires, or whose type admits null, is always written back (null if null); any other only when it has a
 * value ({@link #writtenAsNull} names the exceptions).
 */
public final class ReportTable {

    /**
     * Columns beside the entry's: the report schema, whether OCR text was kept, the quarantine folder, the file's path
     * under OUT, when the job started (on the driver) and when the file was done (epoch milliseconds).
     */
    public static final List<String> RUN_COLUMNS = List.of("reportSchema", "reportText", "quarantineFolder", "relativePath",
            "runStartedAtMs", "finishedAtMs");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DEFS = loadDefs();

    private final StructType entry;
    private final StructType table;

    private ReportTable() {
        this.entry = (StructType) type(DEFS.get("file"));
        StructType t = entry;
        t = t.add("reportSchema", DataTypes.StringType, false).add("reportText", DataTypes.BooleanType, false)
                .add("quarantineFolder", DataTypes.StringType, true).add("relativePath", DataTypes.StringType, false)
                .add("runStartedAtMs", DataTypes.LongType, false).add("finishedAtMs", DataTypes.LongType, false);
        this.table = t;
    }

    private static final ReportTable INSTANCE = new ReportTable();

    public static ReportTable get() {
        return INSTANCE;
    }

    /** The table's Spark schema: the entry's fields, then {@link #RUN_COLUMNS}. */
    public StructType schema() {
        return table;
    }

    /** What the Spark job knows of a file beyond its entry ({@link #RUN_COLUMNS}). */
    public record RunFields(boolean reportText, String quarantineFolder, String relativePath, long runStartedAtMs,
                            long finishedAtMs) implements java.io.Serializable {
    }

    /** One table row from one report entry. */
    public Row toRow(ObjectNode fileEntry, RunFields run) {
        Object[] values = new Object[table.size()];
        StructField[] fields = entry.fields();
        for (int i = 0; i < fields.length; i++) {
            values[i] = toValue(fileEntry.get(fields[i].name()), fields[i].dataType(), DEFS.get("file").get("properties")
                    .get(fields[i].name()));
        }
        int i = fields.length;
        values[i++] = ReportSchema.VERSION;
        values[i++] = run.reportText();
        values[i++] = run.quarantineFolder();
        values[i++] = run.relativePath();
        values[i++] = run.runStartedAtMs();
        values[i] = run.finishedAtMs();
        return new GenericRowWithSchema(values, table);
    }

    /** The report entry a row holds (the inverse of {@link #toRow}). */
    public ObjectNode toEntry(Row row) {
        Set<String> nulls = new HashSet<>();
        if (row.getBoolean(row.fieldIndex("reportText"))) {
            nulls.add("text");   // every finding of a report made with --report-text has it, null when none was read
        }
        if (FileStatus.QUARANTINED.label().equals(row.getString(row.fieldIndex("status")))) {
            nulls.add("quarantinedCopy");   // every quarantined file has it, null when the copy failed
        }
        return (ObjectNode) toJson(rowPart(row, entry), entry, resolve(DEFS.get("file")), nulls);
    }

    /** The report schema version rows were written under. */
    public static String schemaOf(Row row) {
        return row.getString(row.fieldIndex("reportSchema"));
    }

    private static Row rowPart(Row row, StructType part) {
        Object[] v = new Object[part.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = row.get(row.fieldIndex(part.fields()[i].name()));
        }
        return RowFactory.create(v);
    }

    // ---- schema → Spark type

    private static JsonNode loadDefs() {
        try (InputStream in = ReportSchema.open()) {
            return JSON.readTree(in).get("$defs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resolve(JsonNode s) {
        JsonNode ref = s.get("$ref");
        return ref == null ? s : DEFS.get(ref.asText().substring("#/$defs/".length()));
    }

    private static boolean isOneOf(JsonNode s) {
        return s.has("oneOf");
    }

    static DataType type(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (isOneOf(s) || s.has("enum")) {
            return DataTypes.StringType;
        }
        String t = primaryType(s);
        switch (t) {
            case "string": return DataTypes.StringType;
            case "integer": return DataTypes.LongType;
            case "number": return DataTypes.DoubleType;
            case "boolean": return DataTypes.BooleanType;
            case "array": return DataTypes.createArrayType(type(s.get("items")), true);
            case "object":
                if (!s.has("properties")) {
                    return DataTypes.createMapType(DataTypes.StringType, type(s.get("additionalProperties")), true);
                }
                List<StructField> fields = new ArrayList<>();
                s.get("properties").fields().forEachRemaining(p ->
                        fields.add(DataTypes.createStructField(p.getKey(), type(p.getValue()), true)));
                return DataTypes.createStructType(fields);
            default: throw new IllegalStateException("report schema type not mapped: " + t);
        }
    }

    private static String primaryType(JsonNode s) {
        JsonNode t = s.get("type");
        if (t == null) {
            throw new IllegalStateException("report schema node without a type: " + s);
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!"null".equals(x.asText())) {
                    return x.asText();
                }
            }
        }
        return t.asText();
    }

    // ---- JSON → Spark value

    private static Object toValue(JsonNode v, DataType type, JsonNode schema) {
        if (v == null || v.isNull()) {
            return null;
        }
        JsonNode s = resolve(schema);
        if (isOneOf(s)) {
            return v.toString();
        }
        if (type instanceof StructType st) {
            Object[] values = new Object[st.size()];
            for (int i = 0; i < values.length; i++) {
                StructField f = st.fields()[i];
                values[i] = toValue(v.get(f.name()), f.dataType(), s.get("properties").get(f.name()));
            }
            return RowFactory.create(values);
        }
        if (type instanceof ArrayType at) {
            List<Object> list = new ArrayList<>();
            v.forEach(x -> list.add(toValue(x, at.elementType(), s.get("items"))));
            return CollectionConverters.asScala(list).toSeq();
        }
        if (type instanceof MapType mt) {
            Map<String, Object> map = new LinkedHashMap<>();
            v.fields().forEachRemaining(e -> map.put(e.getKey(), toValue(e.getValue(), mt.valueType(), s.get("additionalProperties"))));
            return CollectionConverters.asScala(map);
        }
        if (type == DataTypes.LongType) {
            return v.asLong();
        }
        if (type == DataTypes.DoubleType) {
            return v.asDouble();
        }
        if (type == DataTypes.BooleanType) {
            return v.asBoolean();
        }
        return v.asText();
    }

    // ---- Spark value → JSON

    /**
     * Whether the report writer puts an empty optional field as null: one whose type admits null (the transfer
     * syntaxes), except the quarantined copy and the OCR text, written only where {@code nulls} names them.
     */
    private static boolean writtenAsNull(String name, JsonNode schema, Set<String> nulls) {
        if ("quarantinedCopy".equals(name) || "text".equals(name)) {
            return nulls.contains(name);
        }
        JsonNode t = schema.get("type");
        if (t == null || !t.isArray()) {
            return false;
        }
        for (JsonNode x : t) {
            if ("null".equals(x.asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode toJson(Object value, DataType type, JsonNode schema, Set<String> nulls) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        if (value == null) {
            return n.nullNode();
        }
        JsonNode s = resolve(schema);
        if (isOneOf(s)) {
            try {
                return JSON.readTree((String) value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (type instanceof StructType st) {
            Row r = (Row) value;
            ObjectNode o = n.objectNode();
            Set<String> required = new HashSet<>();
            s.path("required").forEach(x -> required.add(x.asText()));
            for (int i = 0; i < st.size(); i++) {
                StructField f = st.fields()[i];
                Object v = r.get(i);
                if (v != null || required.contains(f.name()) || writtenAsNull(f.name(), s.get("properties").get(f.name()), nulls)) {
                    o.set(f.name(), toJson(v, f.dataType(), s.get("properties").get(f.name()), nulls));
                }
            }
            return o;
        }
        if (type instanceof ArrayType at) {
            ArrayNode a = n.arrayNode();
            Iterable<?> items = value instanceof scala.collection.Iterable<?> it
                    ? CollectionConverters.asJava(it) : (Iterable<?>) value;
            for (Object x : items) {
                a.add(toJson(x, at.elementType(), s.get("items"), nulls));
            }
            return a;
        }
        if (type instanceof MapType mt) {
            ObjectNode o = n.objectNode();
            Map<?, ?> m = value instanceof scala.collection.Map<?, ?> sm ? CollectionConverters.asJava(sm) : (Map<?, ?>) value;
            m.forEach((k, v) -> o.set(k.toString(), toJson(v, mt.valueType(), s.get("additionalProperties"), nulls)));
            return o;
        }
        if (type == DataTypes.LongType) {
            return n.numberNode(((Number) value).longValue());
        }
        if (type == DataTypes.DoubleType) {
            return n.numberNode(((Number) value).doubleValue());
        }
        if (type == DataTypes.BooleanType) {
            return n.booleanNode((Boolean) value);
        }
        return n.textNode(value.toString());
    }
}
