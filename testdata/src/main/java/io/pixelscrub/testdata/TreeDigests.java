package io.pixelscrub.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/** What a folder holds, for tests that compare two runs' outputs byte for byte: MD5 of every file by relative path. */
public final class TreeDigests {
    private TreeDigests() {
    }

    public static Map<Path, String> of(Path dir) throws IOException {
        Map<Path, String> d = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                d.put(dir.relativize(p), HexFormat.of().formatHex(md5().digest(Files.readAllBytes(p))));
            }
        }
        return d;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
