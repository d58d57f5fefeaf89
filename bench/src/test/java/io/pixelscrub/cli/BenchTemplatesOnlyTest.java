package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.testdata.env.RequiredTools;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --templates-only} on the extra files alone: the header-bar template made for their device matches every
 * file, so every bar line is hidden on every frame and the frame counter below the bar is kept; no text engine runs.
 */
class BenchTemplatesOnlyTest {

    @TempDir
    Path tmp;

    @Test
    void theGeneratedDevicesTemplateHidesEveryBarAndKeepsTheCounter() throws Exception {
        RequiredTools.onPath("writing the RLE cine", "dcmtk", "dcmcrle");
        Path json = tmp.resolve("bench.json");
        PrintStream oldOut = System.out;
        int code;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            code = BenchMain.commandLine().execute("bench", "--templates-only", "--no-baseline", "--no-thumbnails",
                    "--cases", "0", "--us-singles", "2", "--cines", "2", "--cine-frames", "30", "--threads", "1",
                    "--json", json.toString());
        } finally {
            System.setOut(oldOut);
        }
        assertEquals(0, code);
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertTrue(doc.get("templatesOnly").asBoolean());
        assertEquals(62, doc.get("frames").asInt(), "2 single frames and 2 cines of 30");
        JsonNode truth = doc.get("pixelscrub").get("groundTruth");
        assertEquals(3 * 62, truth.get("phiItems").asInt(), "name, ID and date on every frame");
        assertEquals(truth.get("phiItems").asInt(), truth.get("phiHidden").asInt(), "every bar line hidden");
        assertEquals(62, truth.get("deviceItems").asInt(), "a frame counter on every frame");
        assertEquals(62, truth.get("deviceKept").asInt(), "the counter lies outside the bar: kept");
        assertEquals(0, truth.get("quarantined").asInt());
    }
}
