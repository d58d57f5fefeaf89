package io.pixelscrub.scrubber.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walking the inputs never stops at a link it cannot follow: a link back to a folder above it, a chain of links that
 * never ends and a link to nothing each become one unreadable path with its reason, and every other file is found.
 * Links that work are followed. (Folders and files the user may not read: {@code UnreadableInputIT} in cli, which runs
 * as an unprivileged user when the tests run as root.)
 */
class InputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void linkLoopsAndBrokenLinksAreReportedAndTheWalkGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path sub = Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.dcm"), "a");
        Files.writeString(sub.resolve("b.dcm"), "b");
        Files.createSymbolicLink(sub.resolve("up"), Path.of("."));           // sub/up -> sub: a folder loop
        Files.createSymbolicLink(in.resolve("x"), Path.of("y"));             // x -> y -> x: a chain that never ends
        Files.createSymbolicLink(in.resolve("y"), Path.of("x"));
        Files.createSymbolicLink(in.resolve("gone.dcm"), Path.of("nowhere.dcm"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("c.dcm"), "c");
        Files.createSymbolicLink(in.resolve("linked"), outside);             // a linked folder: followed
        Files.createSymbolicLink(in.resolve("alias.dcm"), in.resolve("a.dcm")); // a linked file: followed

        InputFiles.Found found = InputFiles.expand(List.of(in), List.of());

        assertEquals(List.of(Path.of("a.dcm"), Path.of("alias.dcm"), Path.of("linked/c.dcm"), Path.of("sub/b.dcm")),
                found.files().stream().map(InputFiles.Entry::relative).toList());
        Map<Path, String> unreadable = new TreeMap<>();
        found.unreadable().forEach(u -> unreadable.put(in.relativize(u.path()), u.reason()));
        assertEquals(Map.of(
                Path.of("gone.dcm"), "broken symbolic link (its target does not exist)",
                Path.of("sub/up"), "symbolic link loop (it leads back to a folder above it): not followed",
                Path.of("x"), "symbolic link loop (a chain of links that never ends)",
                Path.of("y"), "symbolic link loop (a chain of links that never ends)"), unreadable);
        for (InputFiles.Unreadable u : found.unreadable()) {
            assertEquals(in.relativize(u.path()), u.relative(), "relative to the input, as its output would be");
        }
    }

    @Test
    void aLinkIntoTheExcludedOutputIsNotReadBack() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = Files.createDirectories(in.resolve("out"));
        Files.writeString(in.resolve("a.dcm"), "a");
        Files.writeString(out.resolve("written.dcm"), "w");
        Files.createSymbolicLink(in.resolve("to-out"), out);
        InputFiles.Found found = InputFiles.expand(List.of(in), List.of(out));
        assertEquals(List.of(Path.of("a.dcm")), found.files().stream().map(InputFiles.Entry::relative).toList());
        assertTrue(found.unreadable().isEmpty(), found.unreadable().toString());
    }

    @Test
    void severalInputsKeepTheirNamesForUnreadablePathsToo() throws Exception {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Path two = Files.createDirectories(tmp.resolve("two"));
        Files.writeString(one.resolve("a.dcm"), "a");
        Files.createSymbolicLink(two.resolve("gone"), Path.of("missing"));
        InputFiles.Found found = InputFiles.expand(List.of(one, two), List.of());
        assertEquals(List.of(Path.of("one/a.dcm")), found.files().stream().map(InputFiles.Entry::relative).toList());
        assertEquals(List.of(Path.of("two/gone")), found.unreadable().stream().map(InputFiles.Unreadable::relative).toList());
    }
}
