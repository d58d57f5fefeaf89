package io.pixelscrub.models.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled reference rule files under testdata/reference-rules. */
final class ReferenceRules {

    static final String CTP = "DicomPixelAnonymizer.script";
    static final String DEID = "deid.dicom";

    private ReferenceRules() {
    }

    static Path path(String name) {
        String root = System.getProperty("pixelscrub.root", "..");
        return Path.of(root, "testdata", "reference-rules", name);
    }

    static String text(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
