package io.pixelscrub.scrubber.induce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.template.JsonTemplateFormat;
import java.util.List;

/**
 * Induced templates in pixelscrub's template format ({@link JsonTemplateFormat}), each with an {@code induced} object
 * that the template reader ignores: the device, its images and patients, the confidence, and per region its support
 * and why; the keep evidence; and the devices left without a template. Boxes and counts only: no text, no patient.
 */
public final class InducedTemplatesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InducedTemplatesJson() {
    }

    public static String write(TemplateInducer.Induction induction) {
        List<InducedTemplate> templates = induction.templates();
        String description = "Region templates induced by pixelscrub templates induce: review them (pixelscrub review), "
                + "then pass the accepted ones to scrub --templates.";
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(JsonTemplateFormat.write(
                    templates.stream().map(InducedTemplate::template).toList(), description));
            ArrayNode list = (ArrayNode) root.get("templates");
            for (int i = 0; i < templates.size(); i++) {
                InducedTemplate t = templates.get(i);
                ObjectNode induced = ((ObjectNode) list.get(i)).putObject("induced");
                induced.put("device", t.device().label());
                induced.put("images", t.images());
                induced.put("patients", t.patients());
                induced.put("confidence", Math.round(t.confidence() * 1000) / 1000.0);
                regions(induced.putArray("regions"), t.redact());
                regions(induced.putArray("keepEvidence"), t.keepEvidence());
            }
            ArrayNode skipped = root.putArray("skippedDevices");
            for (SkippedDevice s : induction.skipped()) {
                skipped.addObject().put("device", s.device().label()).put("images", s.images())
                        .put("patients", s.patients()).put("why", s.why());
            }
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void regions(ArrayNode out, List<InducedRegion> regions) {
        for (InducedRegion r : regions) {
            Box b = r.box();
            ObjectNode n = out.addObject();
            n.putArray("box").add(b.x()).add(b.y()).add(b.width()).add(b.height());
            n.put("images", r.images()).put("patients", r.patients()).put("why", r.why());
        }
    }
}
