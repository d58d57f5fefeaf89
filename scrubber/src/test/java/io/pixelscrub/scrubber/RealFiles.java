package io.pixelscrub.scrubber;

import com.pixelmed.dicom.AttributeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the bundled real DICOM files (testdata/real) and reads them with PixelMed. */
public final class RealFiles {

    private RealFiles() { }

    public static Path root() {
        String prop = System.getProperty("pixelscrub.root");
        if (prop != null && Files.isDirectory(Paths.get(prop, "testdata", "real"))) {
            return Paths.get(prop);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata").resolve("real"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find testdata/real above the working directory");
    }

    public static Path path(String relative) {
        Path p = root().resolve("testdata").resolve("real").resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing test file testdata/real/" + relative);
        }
        return p;
    }

    public static AttributeList read(String relative) throws Exception {
        AttributeList list = new AttributeList();
        list.read(path(relative).toFile());
        return list;
    }
}
