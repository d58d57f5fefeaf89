package io.pixelscrub.cli;

import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.analysis.RedactionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** What to look for and what to redact: shared by {@code scrub} and {@code scan}, so both decide alike. */
final class DetectionOptions {

    enum Detector { TEMPLATES, OVERLAYS, TEXT }

    @Option(names = "--detect", split = ",", paramLabel = "WHAT",
            description = "Detectors to run, comma-separated: templates, overlays, text (default: all three).")
    List<Detector> detect = new ArrayList<>(List.of(Detector.TEMPLATES, Detector.OVERLAYS, Detector.TEXT));

    @Option(names = "--redact", paramLabel = "POLICY", converter = PolicyConverter.class,
            description = "phi (default: PHI and text of unknown kind; keeps only confident device annotations), "
                    + "all-text (every detected text region), or templates (template regions only). "
                    + "Templates always apply; overlays are always removed.")
    RedactionPolicy redact = RedactionPolicy.PHI;

    @Option(names = "--check-sample", paramLabel = "F",
            description = "With --redact templates: run text detection on this share of the files (default: ${DEFAULT-VALUE}, "
                    + "at least one per device; 0: none) to check the templates; PHI it finds there is redacted, and PHI "
                    + "outside the templates is reported and makes the run exit 4.")
    double checkSample = io.pixelscrub.scrubber.pipeline.SampleCheck.DEFAULT_FRACTION;

    @Option(names = "--max-frames", paramLabel = "N",
            description = "With text detection off, frames of a compressed multi-frame image looked at for overlay bits "
                    + "(default: ${DEFAULT-VALUE}). Text detection covers every frame: searched where it changed, or "
                    + "proven unchanged.")
    int maxFrames = DetectionSettings.DEFAULT_MAX_FRAMES;

    @Option(names = "--no-series-propagation",
            description = "Decide each file alone (default: text at a fixed place in two or more instances of a series is redacted in all).")
    boolean noSeriesPropagation;

    /** A templates-only run with text detection asked for: text runs on a sample only. */
    boolean sampled() {
        return redact == RedactionPolicy.TEMPLATES && detect.contains(Detector.TEXT);
    }

    DetectionSettings settings() {
        return new DetectionSettings(detect.contains(Detector.TEMPLATES), detect.contains(Detector.OVERLAYS),
                detect.contains(Detector.TEXT), redact, Math.max(1, maxFrames));
    }

    /** Accepts the policy names as a curator types them: phi, all-text, templates. */
    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<RedactionPolicy> {
        @Override
        public RedactionPolicy convert(String value) {
            try {
                return RedactionPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected phi, all-text or templates, not '" + value + "'");
            }
        }
    }
}
