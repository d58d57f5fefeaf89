package io.pixelscrub.models.report;

import java.io.InputStream;

/**
 * The run report's documented format: a JSON Schema (draft 2020-12) shipped as {@link #RESOURCE}. Minor versions only
 * add optional fields; a change a reader could trip on raises the major version.
 */
public final class ReportSchema {
    public static final String VERSION = "pixelscrub-report/1.5";
    public static final String RESOURCE = "/io/pixelscrub/models/report/report.schema.json";

    private ReportSchema() {
    }

    public static InputStream open() {
        InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("report schema missing from the models jar: " + RESOURCE);
        }
        return in;
    }
}
