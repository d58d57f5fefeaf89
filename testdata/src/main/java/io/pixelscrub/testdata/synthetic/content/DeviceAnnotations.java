package io.pixelscrub.testdata.synthetic.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Vendor-like annotations that are not PHI: acquisition parameters, markers, scales. Built from templates
 * with random numbers so a classifier cannot pass by remembering a short list.
 */
public final class DeviceAnnotations {

    private DeviceAnnotations() {
    }

    /**
     * Invented words for device text: labels, presets and units in none of the classifier's vocabularies (asserted by
     * InventedDeviceVocabularyTest), so that what the classifier makes of device text it has never seen is measured.
     */
    static final List<String> INVENTED_LABELS = List.of("Vexa", "Trund", "Kesk", "Zurm", "Quend", "Oltr", "Femk",
            "Dravo", "Wirn", "Gozt", "Yelk", "Frel", "Nuvo", "Zint", "Jorv", "Plek", "Brov", "Skarn", "Tovi", "Ruzk");
    static final List<String> INVENTED_PRESET_PARTS = List.of("Qv", "Zp", "Xk", "Jt", "Vw", "Krel", "Pomt", "Sulv",
            "Drik", "Hask", "Wemb", "Torq", "Lusk", "Ferv");
    static final List<String> INVENTED_UNITS = List.of("zt", "qn", "vlk", "drm", "kx", "pjw");
    private static final List<String> INVENTED_PROBE_PREFIXES = List.of("C", "L", "XQ", "eL", "VX", "Zk", "Qm", "Tr");
    private static final List<String> INVENTED_PROBE_SUFFIXES = List.of("", "v", "w", "t", "s", "x");

    /** Every invented word, as drawn (the probe prefixes and suffixes are always glued to digits). */
    public static List<String> inventedWords() {
        List<String> all = new ArrayList<>(INVENTED_LABELS);
        all.addAll(INVENTED_PRESET_PARTS);
        all.addAll(INVENTED_UNITS);
        return List.copyOf(all);
    }

    /** Between {@code min} and {@code max} distinct annotations typical of the modality. */
    public static List<TextContent> choose(String modality, String manufacturer, SplittableRandom r, int min,
                                           int max) {
        return choose(modality, manufacturer, r, min, max, 0);
    }

    /**
     * As {@link #choose(String, String, SplittableRandom, int, int)}, with an {@code invented} share drawn from
     * {@link #invented}: probe names, presets, readouts with invented labels and units, measurement callouts.
     * With a share of 0 it draws exactly what the legacy generator drew.
     */
    public static List<TextContent> choose(String modality, String manufacturer, SplittableRandom r, int min,
                                           int max, double invented) {
        int n = min + r.nextInt(max - min + 1);
        List<TextContent> out = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            out.add(TextContent.device(manufacturer.split(" ")[0].toUpperCase(Locale.ROOT), "vendor"));
        }
        for (int attempt = 0; out.size() < n && attempt < n * 4; attempt++) {
            TextContent t = invented > 0 && r.nextDouble() < invented ? invented(r) : one(modality, r);
            if (out.stream().noneMatch(o -> o.text().equals(t.text()))) {
                out.add(t);
            }
        }
        return out;
    }

    /** Frame counter text such as {@code 12/40}, in one of a few device styles. */
    public static String frameCounter(int frame1, int frames, int style) {
        return switch (style % 3) {
            case 0 -> frame1 + "/" + frames;
            case 1 -> "Fr " + frame1 + "/" + frames;
            default -> String.format(Locale.ROOT, "%d of %d", frame1, frames);
        };
    }

    /** Device text from an independent source: nothing of it is in the classifier's word lists. */
    public static TextContent invented(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> dev("invented-probe", pick(r, INVENTED_PROBE_PREFIXES) + (2 + r.nextInt(17))
                    + (r.nextBoolean() ? "-" + (1 + r.nextInt(9)) : "") + pick(r, INVENTED_PROBE_SUFFIXES));
            case 1 -> dev("invented-preset", pick(r, INVENTED_LABELS) + " " + pick(r, INVENTED_PRESET_PARTS));
            case 2 -> dev("invented-label", r.nextBoolean()
                    ? f("%s %.1f %s", pick(r, INVENTED_LABELS), dec(r, 0.1, 99), pick(r, INVENTED_UNITS))
                    : f("%s %d", pick(r, INVENTED_LABELS), 1 + r.nextInt(250)));
            case 3 -> dev("invented-label", f("%s %d  %s %.1f", pick(r, INVENTED_PRESET_PARTS), 1 + r.nextInt(99),
                    pick(r, INVENTED_PRESET_PARTS), dec(r, 0.1, 20)));
            case 4 -> dev("callout", switch (r.nextInt(3)) {
                case 0 -> f("D%d %.1f mm", 1 + r.nextInt(4), dec(r, 1, 99));
                case 1 -> f("D%d %.2f cm", 1 + r.nextInt(4), dec(r, 0.2, 15));
                default -> f("%s %.1f mm", pick(r, "+", "x", "*"), dec(r, 1, 99));
            });
            default -> dev("invented-label", pick(r, INVENTED_LABELS) + " " + pick(r, INVENTED_LABELS));
        };
    }

    static TextContent one(String modality, SplittableRandom r) {
        return switch (modality) {
            case "US" -> ultrasound(r);
            case "CT" -> ct(r);
            case "MR" -> mr(r);
            default -> projection(r);
        };
    }

    private static TextContent ultrasound(SplittableRandom r) {
        return switch (r.nextInt(11)) {
            case 0 -> dev("safety-index", r.nextBoolean()
                    ? f("MI %.1f TIS %.1f", dec(r, 0.2, 1.6), dec(r, 0.0, 1.2))
                    : f("TIS%.1f  MI %.2f", dec(r, 0.0, 1.2), dec(r, 0.2, 1.6)));
            case 1 -> dev("frequency", r.nextBoolean() ? f("%dMHz", 2 + r.nextInt(17)) : f("H%.2f MHz", dec(r, 1.5, 15)));
            case 2 -> dev("gain", switch (r.nextInt(3)) {
                case 0 -> f("Gain %d dB", 20 + r.nextInt(70));
                case 1 -> f("G%d", 20 + r.nextInt(70));
                default -> f("Gn %d  C %d", 20 + r.nextInt(70), 30 + r.nextInt(40));
            });
            case 3 -> dev("frame-rate", switch (r.nextInt(3)) {
                case 0 -> f("FR %dHz", 8 + r.nextInt(70));
                case 1 -> f("%dHz", 8 + r.nextInt(70));
                default -> f("%dfps", 8 + r.nextInt(70));
            });
            case 4 -> dev("depth", r.nextBoolean() ? f("%.1fcm", dec(r, 2, 24)) : f("D %d cm", 2 + r.nextInt(22)));
            case 5 -> dev("marker", r.nextBoolean() ? "L" : "R");
            case 6 -> dev("probe", probe(r));
            case 7 -> dev("mode", pick(r, "2D", "THI", "CF", "PW", "M", "B", "CPA", "SonoCT", "XRES"));
            case 8 -> dev("gain", r.nextBoolean() ? f("DR %d", 40 + r.nextInt(40)) : f("Dyn R %d", 40 + r.nextInt(40)));
            case 9 -> dev("frequency", f("PRF %.1fkHz", dec(r, 0.5, 9)));
            default -> dev("gain", f("AO %d%%", 10 * (1 + r.nextInt(10))));
        };
    }

    private static String probe(SplittableRandom r) {
        int hi = 3 + r.nextInt(15);
        int lo = 1 + r.nextInt(Math.max(1, hi - 1));
        return switch (r.nextInt(3)) {
            case 0 -> pick(r, "C", "L", "P", "V", "E") + hi + "-" + lo;
            case 1 -> hi + pick(r, "L", "C", "V") + lo;
            default -> pick(r, "C", "L", "S") + hi + "-" + lo + "s";
        };
    }

    private static TextContent ct(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> dev("exposure", f("kV %d mA %d", 80 + 20 * r.nextInt(4), 50 + 10 * r.nextInt(40)));
            case 1 -> dev("window", r.nextBoolean() ? f("W %d L %d", 80 + 40 * r.nextInt(50), -600 + 20 * r.nextInt(40))
                    : f("WW %d WL %d", 80 + 40 * r.nextInt(50), -600 + 20 * r.nextInt(40)));
            case 2 -> dev("geometry", f("Slice %.1fmm", dec(r, 0.5, 10)));
            case 3 -> dev("counter", f("Im: %d/%d", 1 + r.nextInt(200), 200 + r.nextInt(400)));
            case 4 -> dev("counter", f("Se: %d", 1 + r.nextInt(12)));
            case 5 -> dev("geometry", f("FOV %.1f cm", dec(r, 18, 50)));
            case 6 -> dev("geometry", f("Tilt %.1f", dec(r, -20, 20)));
            default -> dev("exposure", f("%.2fs  Pitch %.2f", dec(r, 0.25, 1.5), dec(r, 0.5, 1.5)));
        };
    }

    private static TextContent mr(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> dev("sequence", f("TR %d TE %d", 300 + r.nextInt(5000), 5 + r.nextInt(120)));
            case 1 -> dev("sequence", f("FA %d", 5 + r.nextInt(86)));
            case 2 -> dev("sequence", f("ET %d  NEX %d", 1 + r.nextInt(30), 1 + r.nextInt(4)));
            case 3 -> dev("geometry", f("%dx%d", 128 * (1 + r.nextInt(4)), 128 * (1 + r.nextInt(4))));
            case 4 -> dev("geometry", f("ST %.1f SP %.1f", dec(r, 1, 8), dec(r, -80, 80)));
            default -> dev("sequence", pick(r, "T1 SE", "T2 FSE", "FLAIR", "DWI b1000", "T1 MPRAGE", "STIR"));
        };
    }

    private static TextContent projection(SplittableRandom r) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> dev("marker", pick(r, "L", "R", "PA", "AP", "LAT", "ERECT", "PORTABLE", "SUPINE"));
            case 2 -> dev("exposure", f("kVp %d mAs %.1f", 50 + r.nextInt(80), dec(r, 0.5, 40)));
            case 3 -> dev("exposure", r.nextBoolean() ? f("EI %d", 100 + r.nextInt(1500)) : f("S %d", 50 + r.nextInt(900)));
            case 4 -> dev("geometry", f("Zoom %.1f", dec(r, 0.5, 4)));
            case 5 -> dev("window", f("C %d W %d", r.nextInt(4096), 1 + r.nextInt(4096)));
            default -> dev("counter", f("Im %d", 1 + r.nextInt(99)));
        };
    }

    private static TextContent dev(String category, String text) {
        return TextContent.device(text, category);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double dec(SplittableRandom r, double lo, double hi) {
        return lo + r.nextDouble() * (hi - lo);
    }

    private static String pick(SplittableRandom r, List<String> options) {
        return options.get(r.nextInt(options.size()));
    }

    private static String pick(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
