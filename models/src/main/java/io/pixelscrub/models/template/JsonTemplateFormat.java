package io.pixelscrub.models.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * pixelscrub's own template format (JSON), readable and diff-friendly:
 * <pre>
 * {"description": "free text",
 *  "templates": [{
 *     "id": "epiq-768",                       required, unique
 *     "name": "Philips EPIQ top banner",      optional
 *     "source": "pixelscrub:my.json#epiq-768", optional, defaults to pixelscrub:FILE#ID
 *     "action": "CLEAN_REGIONS",              CLEAN_REGIONS (default) | FLAG | PASS
 *     "exclusiveGroup": "my-rules",           optional: first match in the group wins
 *     "when": {"all": [ {"attr": "Manufacturer", "containsIgnoreCase": "Philips"},
 *                       {"any": [ {"attr": "Rows", "equals": "768"}, {"not": {"attr": "Rows", "present": true}} ]},
 *                       {"attr": "ImageType", "regexIgnoreCase": "SECONDARY", "values": "any"} ]},
 *     "redact": [[0, 0, 1024, 49], [-200, -40, "edge", "edge"]],
 *     "keep": [[10, 50, 900, 600]],
 *     "wholeImage": false,
 *     "keepUltrasoundRegions": false }]}
 * </pre>
 * Conditions: "all" / "any" (lists), "not" (one), "always" (boolean), or an attribute test: "attr", exactly one
 * operator key named as {@link Operator#jsonName()} (value: the literal, or true for present/missing/empty), and
 * "values": "joined" (default, CTP semantics) or "any" (deid semantics). Regions: [x, y, width, height]; negative
 * x/y count from the right/bottom edge; "edge" as width/height reaches the edge.
 */
public final class JsonTemplateFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonTemplateFormat() {
    }

    public static List<RegionTemplate> read(String json, String fileName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new TemplateParseException(fileName + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode list = root.path("templates");
        if (!list.isArray()) {
            throw new TemplateParseException(fileName + ": \"templates\" array expected", null);
        }
        List<RegionTemplate> out = new ArrayList<>();
        for (JsonNode t : list) {
            String id = text(t, "id", fileName);
            String where = fileName + "#" + id;
            try {
                out.add(new RegionTemplate(id, t.path("name").asText(""),
                        t.hasNonNull("source") ? t.get("source").asText() : "pixelscrub:" + fileName + "#" + id,
                        TemplateAction.valueOf(t.path("action").asText("CLEAN_REGIONS")),
                        t.has("when") ? condition(t.get("when"), where) : new Constant(true),
                        regions(t.path("redact"), where), regions(t.path("keep"), where),
                        t.path("wholeImage").asBoolean(false), t.path("keepUltrasoundRegions").asBoolean(false),
                        t.hasNonNull("exclusiveGroup") ? t.get("exclusiveGroup").asText() : null));
            } catch (IllegalArgumentException e) {
                throw new TemplateParseException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    public static String write(List<RegionTemplate> templates, String description) {
        ObjectNode root = MAPPER.createObjectNode();
        if (description != null) {
            root.put("description", description);
        }
        ArrayNode list = root.putArray("templates");
        for (RegionTemplate t : templates) {
            ObjectNode n = list.addObject();
            n.put("id", t.id());
            n.put("name", t.name());
            n.put("source", t.source());
            n.put("action", t.action().name());
            if (t.exclusiveGroup() != null) {
                n.put("exclusiveGroup", t.exclusiveGroup());
            }
            n.set("when", toJson(t.condition()));
            n.set("redact", toJson(t.redact()));
            n.set("keep", toJson(t.keep()));
            n.put("wholeImage", t.wholeImage());
            n.put("keepUltrasoundRegions", t.keepUltrasoundRegions());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Condition condition(JsonNode n, String where) {
        if (n.has("all")) {
            return new AllOf(conditions(n.get("all"), where));
        }
        if (n.has("any")) {
            return new AnyOf(conditions(n.get("any"), where));
        }
        if (n.has("not")) {
            return new Not(condition(n.get("not"), where));
        }
        if (n.has("always")) {
            return new Constant(n.get("always").asBoolean());
        }
        String attr = text(n, "attr", where);
        ValueMode mode = switch (n.path("values").asText("joined")) {
            case "joined" -> ValueMode.JOINED;
            case "any" -> ValueMode.ANY_VALUE;
            default -> throw new IllegalArgumentException("\"values\" must be joined or any");
        };
        Operator op = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!key.equals("attr") && !key.equals("values")) {
                if (op != null) {
                    throw new IllegalArgumentException("one operator per test expected for " + attr);
                }
                op = Operator.fromJsonName(key);
            }
        }
        if (op == null) {
            throw new IllegalArgumentException("operator expected for " + attr);
        }
        if (op.isExistence() && !n.get(op.jsonName()).asBoolean()) {
            throw new IllegalArgumentException(op.jsonName() + " takes true");
        }
        return new AttributeTest(attr, op, op.isExistence() ? null : n.get(op.jsonName()).asText(), mode);
    }

    private static List<Condition> conditions(JsonNode arr, String where) {
        List<Condition> out = new ArrayList<>();
        arr.forEach(c -> out.add(condition(c, where)));
        return out;
    }

    private static List<TemplateRegion> regions(JsonNode arr, String where) {
        List<TemplateRegion> out = new ArrayList<>();
        for (JsonNode r : arr) {
            if (!r.isArray() || r.size() != 4) {
                throw new IllegalArgumentException("region [x, y, width, height] expected");
            }
            out.add(new TemplateRegion(r.get(0).asInt(), r.get(1).asInt(), size(r.get(2)), size(r.get(3))));
        }
        return out;
    }

    private static int size(JsonNode n) {
        if (n.isTextual() && n.asText().equals("edge")) {
            return TemplateRegion.TO_EDGE;
        }
        if (!n.isInt() || n.asInt() < 0) {
            throw new IllegalArgumentException("width/height: a non-negative number or \"edge\" expected");
        }
        return n.asInt();
    }

    private static String text(JsonNode n, String key, String where) {
        if (!n.hasNonNull(key)) {
            throw new TemplateParseException(where + ": \"" + key + "\" missing", null);
        }
        return n.get(key).asText();
    }

    private static JsonNode toJson(Condition c) {
        ObjectNode n = MAPPER.createObjectNode();
        if (c instanceof AllOf a) {
            ArrayNode arr = n.putArray("all");
            a.parts().forEach(p -> arr.add(toJson(p)));
        } else if (c instanceof AnyOf a) {
            ArrayNode arr = n.putArray("any");
            a.parts().forEach(p -> arr.add(toJson(p)));
        } else if (c instanceof Not not) {
            n.set("not", toJson(not.part()));
        } else if (c instanceof Constant k) {
            n.put("always", k.value());
        } else if (c instanceof AttributeTest t) {
            n.put("attr", t.attribute());
            if (t.operator().isExistence()) {
                n.put(t.operator().jsonName(), true);
            } else {
                n.put(t.operator().jsonName(), t.operand());
            }
            if (t.mode() == ValueMode.ANY_VALUE) {
                n.put("values", "any");
            }
        }
        return n;
    }

    private static ArrayNode toJson(List<TemplateRegion> regions) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (TemplateRegion r : regions) {
            ArrayNode a = arr.addArray();
            a.add(r.x()).add(r.y());
            if (r.width() == TemplateRegion.TO_EDGE) {
                a.add("edge");
            } else {
                a.add(r.width());
            }
            if (r.height() == TemplateRegion.TO_EDGE) {
                a.add("edge");
            } else {
                a.add(r.height());
            }
        }
        return arr;
    }
}
