package io.pixelscrub.scrubber;

import com.pixelmed.dicom.AttributeList;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the bundled real DICOM files (testdata/real) and reads them with PixelMed. */
public final class RealFiles {

    private RealFiles() { }

    public static Path root() {
        return io.pixelscrub.testdata.RepositoryRoot.find();
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
