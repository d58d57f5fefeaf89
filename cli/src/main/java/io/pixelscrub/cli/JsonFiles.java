package io.pixelscrub.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON file the user named (a report, a list of marked files) and says in one line what is wrong with it:
 * missing, a folder, unreadable, empty or not JSON. Never quotes the content: a report can hold PHI.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** @param what how the message names the file, e.g. "report" or "--only list" */
    public static JsonNode read(Path file, String what) throws IOException {
        if (!Files.exists(file)) {
            throw new UserInputException(what + " not found: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new UserInputException(what + " is a folder, not a JSON file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException("cannot read " + what + " (permission denied): " + file);
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw new UserInputException(what + " is empty: " + file);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new UserInputException(what + " is not JSON (" + where(e) + "): " + file);
        }
    }

    /** "line L, column C" from a parse error, without Jackson's message (which quotes the text). */
    static String where(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null ? "unreadable" : "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }
}
