package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sniff on the bundled corpus: free text at any depth, private elements with creators, flags, and the PHI warning. */
class SniffCommandTest {

    @TempDir
    Path tmp;

    @Test
    void sniffListsFreeTextAndPrivateElementsWithFlags() throws Exception {
        Path real = io.pixelscrub.testdata.RepositoryRoot.find().resolve("testdata/real");
        Path json = tmp.resolve("sniff.json");
        CliRun r = CliRun.of("sniff", real.toString(), "--report", json.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertTrue(root.get("containsPhi").asBoolean());
        assertTrue(root.get("files").asInt() >= 50);
        boolean nested = false;
        boolean patientNameFlaggedElsewhere = false;
        for (JsonNode e : root.get("freeText")) {
            assertTrue(e.get("vr").asText().matches("LO|LT|ST|UT|SH|PN|UC"));
            nested |= e.get("path").asText().contains("/");
            for (JsonNode v : e.get("values")) {
                patientNameFlaggedElsewhere |= !e.get("path").asText().equals("(0010,0010)")
                        && v.get("flags").toString().contains("header:(0010,0010)");
            }
        }
        assertTrue(nested, "free text inside sequences must be listed");
        assertTrue(patientNameFlaggedElsewhere, "a patient name typed into another element must be flagged");
        JsonNode gems = null;
        for (JsonNode p : root.get("private")) {
            if (p.get("creator").asText().equals("GEMS_ACQU_01") && p.get("tag").asText().equals("(0019,xx23)")) {
                gems = p;
            }
        }
        assertTrue(gems != null && gems.get("safe").asBoolean() && gems.get("count").asInt() >= 1, "GE table speed is on the safe list");
        assertTrue(r.out().contains("contains PHI"));

        Path csv = tmp.resolve("sniff.csv");
        assertEquals(0, CliRun.of("sniff", real.toString(), "--report", csv.toString()).code());
        String text = Files.readString(csv);
        assertTrue(text.startsWith("# contains PHI"));
        assertTrue(text.contains("\nprivate,\"(0019,xx23)\",GEMS_ACQU_01,DS,safe,"));
    }
}
