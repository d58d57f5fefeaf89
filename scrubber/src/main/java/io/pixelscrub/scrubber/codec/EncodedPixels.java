package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.output.PixelDataPayload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pixel data ready to write: the payload, the pixel module that truthfully describes its encoding, and the
 * temporary files to remove once it is written.
 */
public record EncodedPixels(PixelDataPayload payload, PixelModule module, String transferSyntax, List<Path> temporaryFiles)
        implements AutoCloseable {

    @Override
    public void close() throws IOException {
        for (Path p : temporaryFiles) {
            Files.deleteIfExists(p);
        }
    }
}
