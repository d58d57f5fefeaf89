package io.pixelscrub.scrubber.thumbnail;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.scrubber.analysis.DisplayHintsReader;
import io.pixelscrub.scrubber.analysis.RawFrameBuilder;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders chosen frames of a file as a reader sees them, with the same decoders and display mapping the text detector
 * uses (so a reviewer sees what the detector saw).
 */
final class FrameRenderer {
    private static final DisplayMapper MAPPER = new DisplayMapper();

    private FrameRenderer() {
    }

    /** The primary display image of each frame asked for (frames beyond the file's count are skipped). */
    static Map<Integer, DisplayImage> render(DicomInput in, Collection<Integer> frames) throws IOException, InvalidDicomException {
        Map<Integer, DisplayImage> out = new LinkedHashMap<>();
        try (FrameSource source = Codecs.decoder(in)) {
            RawFrameBuilder builder = new RawFrameBuilder(source.module(), DisplayHintsReader.read(in.header()));
            for (int f : frames) {
                if (f < source.frameCount()) {
                    out.put(f, MAPPER.primary(builder.build(source.frame(f))));
                }
            }
        }
        return out;
    }
}
