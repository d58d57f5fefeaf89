package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.Finding;
import java.util.List;

/**
 * What the pixels of one file hold.
 *
 * @param findings          text and overlay findings (templates come separately)
 * @param clearOutsideBits  whether overlay bits above the stored bits must be cleared on every frame
 * @param embeddedOverlayGroups overlay groups (60xx) whose plane lives in the pixel data and goes with those bits
 * @param framesAnalysed    how many frames the text detector looked at
 */
public record PixelAnalysis(List<Finding> findings, boolean clearOutsideBits, List<Integer> embeddedOverlayGroups,
                            int framesAnalysed) {

    public static final PixelAnalysis NONE = new PixelAnalysis(List.of(), false, List.of(), 0);

    public PixelAnalysis {
        findings = List.copyOf(findings);
        embeddedOverlayGroups = List.copyOf(embeddedOverlayGroups);
    }
}
