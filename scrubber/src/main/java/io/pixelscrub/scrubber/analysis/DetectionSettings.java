package io.pixelscrub.scrubber.analysis;

/**
 * What to look for and what to redact.
 *
 * @param templates       match region templates against the header
 * @param overlays        read overlay planes and overlay bits hidden above the stored bits
 * @param text            detect, read and classify text in the pixels
 * @param policy          which findings are redacted
 * @param maxFramesPerFile with text detection off, frames of compressed data looked at for overlay bits before sampling
 *                        starts; text detection covers every frame ({@link FrameTextCoverage})
 */
public record DetectionSettings(boolean templates, boolean overlays, boolean text, RedactionPolicy policy, int maxFramesPerFile) {

    public static final int DEFAULT_MAX_FRAMES = 48;

    public static DetectionSettings all() {
        return new DetectionSettings(true, true, true, RedactionPolicy.PHI, DEFAULT_MAX_FRAMES);
    }

    public static DetectionSettings templatesOnly() {
        return new DetectionSettings(true, true, false, RedactionPolicy.PHI, DEFAULT_MAX_FRAMES);
    }
}
