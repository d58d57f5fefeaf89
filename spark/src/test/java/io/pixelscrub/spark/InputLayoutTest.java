package io.pixelscrub.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a file goes under OUT: relative to the input folder, or to the folders before a glob's first wildcard. */
class InputLayoutTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderMirrorsItsTree() {
        InputLayout l = InputLayout.of(tmp.toString());
        assertTrue(l.local());
        assertEquals(Path.of("a/b c.dcm"), l.relative("file:" + tmp + "/a/b c.dcm"));
        assertEquals(tmp.resolve("a/b c.dcm").toString(), l.display("file:" + tmp + "/a/b c.dcm"), "named by its path, as the CLI does");
        assertThrows(IllegalArgumentException.class, () -> l.relative("file:/elsewhere/x.dcm"));
    }

    @Test
    void aGlobKeepsThePathAfterItsFixedFolders() {
        InputLayout l = InputLayout.of(tmp + "/study*/series-?/*.dcm");
        assertEquals(tmp.toString(), l.base());
        assertEquals(Path.of("study1/series-2/x.dcm"), l.relative("file:" + tmp + "/study1/series-2/x.dcm"));
    }

    @Test
    void aSingleFileGoesToTheTopOfOut() throws Exception {
        Path f = Files.writeString(tmp.resolve("one.dcm"), "x");
        assertEquals(Path.of("one.dcm"), InputLayout.of(f.toString()).relative("file:" + f));
    }

    @Test
    void otherFileSystemsAreNamedByTheirUri() {
        InputLayout l = InputLayout.of("hdfs://nn:8020/archive/collection/");
        assertFalse(l.local());
        assertEquals(Path.of("p1/x.dcm"), l.relative("hdfs://nn:8020/archive/collection/p1/x.dcm"));
        assertEquals("hdfs://nn:8020/archive/collection/p1/x.dcm", l.display("hdfs://nn:8020/archive/collection/p1/x.dcm"));
    }
}
