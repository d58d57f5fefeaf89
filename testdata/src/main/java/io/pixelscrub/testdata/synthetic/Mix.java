package io.pixelscrub.testdata.synthetic;

/**
 * Shares of the corpus: files with no text at all, files with only device annotations (the rest carry
 * PHI), multi-frame cines, large images, and pictures taken from real text-free files; and, for the honest
 * corpus (issue #11), how often the hard shapes appear.
 *
 * @param traps          share of PHI files whose patient, study and burned text use the shapes a classifier finds
 *                       hardest: names from a general name list (common-word and two-letter surnames, header values
 *                       under four characters), short IDs, partial dates, initials, labels followed by numbers, a zero
 *                       hour, sex and age glued, institution names made of generic or vendor words
 * @param inventedDevice share of device annotations drawn from invented labels, presets, probe names, readouts
 *                       and measurement callouts whose words are in none of the classifier's vocabularies
 * @param rotated        share of single text items drawn rotated (a third at 90 degrees, the rest at 2-8 degrees)
 */
public record Mix(double clean, double deviceOnly, double cine, double large, double realBackground, double traps,
                  double inventedDevice, double rotated) {

    /**
     * The generator before issue #11 point 5 (no traps, device text from templates only, no rotation), byte for byte:
     * the corpus {@code SyntheticDetectionTest} and the sessions 2-3 benchmarks were measured on.
     */
    public static final Mix LEGACY = new Mix(0.15, 0.15, 0.15, 0.08, 0.2);

    /** The honest corpus: the legacy shares plus traps, invented device text and rotated text. */
    public static final Mix DEFAULT = new Mix(0.15, 0.15, 0.15, 0.08, 0.2, 0.5, 0.5, 0.08);

    public Mix {
        for (double v : new double[] {clean, deviceOnly, cine, large, realBackground, traps, inventedDevice, rotated}) {
            if (v < 0 || v > 1) {
                throw new IllegalArgumentException("shares must be in [0,1]: " + this);
            }
        }
        if (clean + deviceOnly > 1 || cine + large > 1) {
            throw new IllegalArgumentException("shares add up to more than 1: " + this);
        }
    }

    /** A legacy mix: no traps, no invented device text, no rotation. */
    public Mix(double clean, double deviceOnly, double cine, double large, double realBackground) {
        this(clean, deviceOnly, cine, large, realBackground, 0, 0, 0);
    }

    /** Whether this mix draws exactly what the generator drew before traps, invented device text and rotation. */
    public boolean legacy() {
        return traps == 0 && inventedDevice == 0 && rotated == 0;
    }

    /** {@code legacy} or {@code honest}, by name (for the command line). */
    public static Mix named(String name) {
        return switch (name) {
            case "legacy" -> LEGACY;
            case "honest", "default" -> DEFAULT;
            default -> throw new IllegalArgumentException("unknown corpus mix '" + name + "' (legacy or honest)");
        };
    }
}
