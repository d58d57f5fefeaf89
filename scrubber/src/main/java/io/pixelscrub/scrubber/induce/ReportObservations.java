package io.pixelscrub.scrubber.induce;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what induction needs from a run report (schema 1.4 or later): per analysed file its device
 * ({@link DeviceKey}: modality, manufacturer, model, software versions, size, photometric interpretation), its patient
 * token and its detector lines (box, verdict, text sketch). Lines copied in from other instances of a series
 * (rule {@code series:...}) are not evidence and are left out, and so are template and overlay findings.
 */
public final class ReportObservations {

    /** What was read: the observations and how many files could not be used (quarantined, or without a header). */
    public record Read(List<Observation> observations, int unusable) { }

    private ReportObservations() {
    }

    /** @throws IllegalArgumentException when the report predates 1.4 (no patient tokens or sketches) */
    public static Read from(JsonNode report) {
        String schema = report.path("schema").asText("");
        if (!schema.startsWith("pixelscrub-report/1.") || minor(schema) < 4) {
            throw new IllegalArgumentException("the report is " + (schema.isEmpty() ? "not a pixelscrub report" : schema)
                    + "; induction needs pixelscrub-report/1.4 or later (patient tokens, text sketches): scan again");
        }
        List<Observation> out = new ArrayList<>();
        int unusable = 0;
        for (JsonNode f : report.path("files")) {
            String status = f.path("status").asText();
            if (status.equals("quarantined") || status.equals("already-done") || !f.hasNonNull("patientToken")) {
                unusable++;
                continue;
            }
            DeviceKey device = new DeviceKey(text(f, "modality"), text(f, "manufacturer"), text(f, "model"),
                    text(f, "softwareVersions"), f.path("rows").asInt(), f.path("columns").asInt(),
                    text(f, "photometricInterpretation"));
            List<Observation.Line> lines = new ArrayList<>();
            for (JsonNode x : f.path("findings")) {
                if (!x.path("source").asText().equals("detector") || x.path("rule").asText().startsWith("series:")) {
                    continue;
                }
                JsonNode b = x.path("box");
                lines.add(new Observation.Line(new Box(b.path("x").asInt(), b.path("y").asInt(), b.path("width").asInt(),
                        b.path("height").asInt()), x.path("verdict").asText().equals("phi"),
                        x.hasNonNull("textSketch") ? x.get("textSketch").asText() : null));
            }
            out.add(new Observation(device, f.path("patientToken").asText(), lines));
        }
        return new Read(out, unusable);
    }

    private static int minor(String schema) {
        try {
            return Integer.parseInt(schema.substring("pixelscrub-report/1.".length()).split("\\D")[0]);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String text(JsonNode f, String field) {
        return f.hasNonNull(field) ? f.get(field).asText().trim() : "";
    }
}
