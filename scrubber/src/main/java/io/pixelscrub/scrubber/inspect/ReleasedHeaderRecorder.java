package io.pixelscrub.scrubber.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.scrubber.header.HeaderDeidentifier;
import io.pixelscrub.scrubber.output.AtomicFile;
import io.pixelscrub.scrubber.sniff.SniffReportWriter;
import io.pixelscrub.scrubber.sniff.Sniffer;
import io.pixelscrub.scrubber.sniff.ValueTally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * Keeps, for the review site, each written file's released header as a shard ({@code REPORT.headers/ID.json}, ID as
 * the file's thumbnails) and tallies the run's free-text and private values with sniff's own {@link Sniffer}, into
 * {@code REPORT.headers/tally.json}. The shards and the tally hold released values (what OUT holds, never an original),
 * so the folder is as private as OUT before release; the report itself carries no value unless --report-text.
 */
public final class ReleasedHeaderRecorder {
    public static final String SHARD_SCHEMA = "pixelscrub-header/1";
    public static final String TALLY = "tally.json";

    private final Path folder;
    private final Path originals;
    private final Sniffer tally;

    public ReleasedHeaderRecorder(Path folder, HeaderDeidentifier deidentifier) {
        this(folder, null, deidentifier);
    }

    /**
     * @param originals where the original values of changed and removed attributes go (PHI: the report's
     *                  {@code .originals-PHI/headers} folder, beside the original thumbnails), or null for none
     */
    public ReleasedHeaderRecorder(Path folder, Path originals, HeaderDeidentifier deidentifier) {
        this.folder = folder;
        this.originals = originals;
        this.tally = new Sniffer(deidentifier.table(), deidentifier.policy(), deidentifier.safePrivate());
    }

    public Path folder() {
        return folder;
    }

    /** The folder of original values (PHI), or null when none are kept. */
    public Path originals() {
        return originals;
    }

    /** Writes the shard and adds the header to the tally; the file's id names the shard. */
    public HeaderSummary record(String id, ReleasedHeaders h) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("schema", SHARD_SCHEMA);
        root.put("id", id);
        ArrayNode list = root.putArray("attributes");
        ReleasedHeader header = h.header();
        for (ReleasedAttribute a : header.attributes()) {
            ObjectNode n = list.addObject();
            n.put("p", a.tagPath());
            n.put("k", a.keyword());
            n.put("vr", a.vr());
            n.put("v", a.value());
            n.put("a", a.action());
            n.put("r", a.rule());
            ArrayNode f = n.putArray("f");
            a.flags().forEach(f::add);
        }
        Files.createDirectories(folder);
        String name = id + ".json";
        AtomicFile.write(folder.resolve(name), temp -> json.writeValue(temp.toFile(), root));
        tally.add(h.released(), id, h.flags());
        if (originals != null && h.originals() != null) {   // PHI, for a site built with --with-originals only
            ObjectNode o = json.createObjectNode();
            o.put("schema", "pixelscrub-header-originals/1");
            o.put("containsPhi", true);
            o.put("id", id);
            ObjectNode values = o.putObject("originals");
            h.originals().forEach(values::put);
            Files.createDirectories(originals);
            AtomicFile.write(originals.resolve(name), temp -> json.writeValue(temp.toFile(), o));
        }
        return new HeaderSummary(header.attributes().size(), header.flagged(), name);
    }

    /** The run's tally, sniff's JSON with each value's files; kept-by-option and safe-private flags added. */
    public ObjectNode tallyJson() {
        ObjectNode root = SniffReportWriter.toJson(tally, 0);
        root.put("schema", "pixelscrub-tally/1");
        root.put("containsPhi", false);   // released values only
        for (JsonNode n : root.path("freeText")) {
            if (ReleasedFlags.byOption(n.path("profileAction").asText())) {
                addFlag((ObjectNode) n, ReleasedFlags.KEPT_BY_OPTION);
            }
        }
        for (JsonNode n : root.path("private")) {
            addFlag((ObjectNode) n, ReleasedFlags.SAFE_PRIVATE);
        }
        return root;
    }

    private static void addFlag(ObjectNode element, String flag) {
        for (JsonNode v : element.path("values")) {
            TreeSet<String> f = new TreeSet<>();
            v.path("flags").forEach(x -> f.add(x.asText()));
            f.add(flag);
            ArrayNode a = ((ObjectNode) v).putArray("flags");
            f.forEach(a::add);
        }
        element.put("flagged", element.path("values").size() > 0 || element.path("flagged").asBoolean());
    }

    public void writeTally() throws IOException {
        Files.createDirectories(folder);
        ObjectNode t = tallyJson();
        AtomicFile.write(folder.resolve(TALLY), temp -> new ObjectMapper().writeValue(temp.toFile(), t));
    }

    public int files() {
        return tally.files();
    }

    public Map<Sniffer.TextKey, ValueTally> freeText() {
        return tally.freeText();
    }
}
