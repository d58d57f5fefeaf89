package io.pixelscrub.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.pixelscrub.models.report.ReportSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Validates report JSON against the shipped schema (models/.../report/report.schema.json). */
public final class ReportSchemaCheck {
    private static final Schema SCHEMA = load();

    private ReportSchemaCheck() {
    }

    private static Schema load() {
        try (InputStream in = ReportSchema.open()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The validation errors, as readable lines; empty when the report conforms. */
    public static List<String> errors(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
