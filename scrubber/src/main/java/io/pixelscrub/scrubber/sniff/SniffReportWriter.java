package io.pixelscrub.scrubber.sniff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.scrubber.output.AtomicFile;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the sniff report as JSON or CSV (by the file name). The report holds header values, hence PHI: it says so in
 * its first field (JSON) or first line (CSV), and belongs with the originals, not with released data.
 */
public final class SniffReportWriter {

    public static final String SCHEMA = "pixelscrub-sniff/0.1";

    private SniffReportWriter() { }

    public static void write(Sniffer s, int unreadable, Path target) throws IOException {
        AtomicFile.write(target, temp -> {
            if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    writeCsv(s, w);
                }
            } else {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(temp.toFile(), toJson(s, unreadable));
            }
        });
    }

    public static ObjectNode toJson(Sniffer s, int unreadable) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("containsPhi", true);
        root.put("schema", SCHEMA);
        root.put("files", s.files());
        root.put("unreadable", unreadable);
        ArrayNode text = root.putArray("freeText");
        for (Map.Entry<Sniffer.TextKey, ValueTally> e : s.freeText().entrySet()) {
            ObjectNode n = text.addObject();
            n.put("path", e.getKey().path());
            n.put("keyword", e.getKey().keyword());
            n.put("vr", e.getKey().vr());
            n.put("profileAction", e.getKey().profileAction());
            tally(n, e.getValue());
        }
        ArrayNode priv = root.putArray("private");
        for (Map.Entry<Sniffer.PrivateKey, ValueTally> e : s.privateElements().entrySet()) {
            ObjectNode n = priv.addObject();
            n.put("creator", e.getKey().creator());
            n.put("tag", e.getKey().tag());
            n.put("vr", e.getKey().vr());
            n.put("safe", e.getKey().safe());
            tally(n, e.getValue());
        }
        return root;
    }

    private static void tally(ObjectNode n, ValueTally t) {
        n.put("count", t.occurrences());
        n.put("distinct", t.values().size());
        n.put("flagged", t.flagged());
        if (t.dropped() > 0) {
            n.put("notListed", t.dropped());
        }
        ArrayNode values = n.putArray("values");
        t.values().forEach((v, entry) -> {
            ObjectNode x = values.addObject();
            x.put("value", v);
            x.put("count", entry.count());
            ArrayNode f = x.putArray("flags");
            entry.flags().forEach(f::add);
            if (!entry.files().isEmpty()) { // the review's tally of released headers: which files hold the value
                ArrayNode ids = x.putArray("files");
                entry.files().forEach(ids::add);
            }
        });
    }

    static void writeCsv(Sniffer s, Writer w) throws IOException {
        w.write("# contains PHI: header values of the inspected files\n");
        w.write("kind,path_or_tag,keyword_or_creator,vr,profile_action_or_safe,value,count,flags\n");
        for (Map.Entry<Sniffer.TextKey, ValueTally> e : s.freeText().entrySet()) {
            Sniffer.TextKey k = e.getKey();
            rows(w, "free-text", k.path(), k.keyword(), k.vr(), k.profileAction(), e.getValue());
        }
        for (Map.Entry<Sniffer.PrivateKey, ValueTally> e : s.privateElements().entrySet()) {
            Sniffer.PrivateKey k = e.getKey();
            rows(w, "private", k.tag(), k.creator(), k.vr(), k.safe() ? "safe" : "not-safe", e.getValue());
        }
    }

    private static void rows(Writer w, String kind, String a, String b, String vr, String action, ValueTally t) throws IOException {
        for (Map.Entry<String, ValueTally.Entry> v : t.values().entrySet()) {
            w.write(String.join(",", csv(kind), csv(a), csv(b), csv(vr), csv(action), csv(v.getKey()),
                    String.valueOf(v.getValue().count()), csv(String.join(" ", v.getValue().flags()))));
            w.write('\n');
        }
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String csv(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("[^,\"\\r\\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
