package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.background.Background;
import io.pixelscrub.testdata.synthetic.background.BackgroundKind;
import io.pixelscrub.testdata.synthetic.background.RealImage;
import io.pixelscrub.testdata.synthetic.background.RealImages;
import io.pixelscrub.testdata.synthetic.content.DeviceAnnotations;
import io.pixelscrub.testdata.synthetic.content.IdentityFactory;
import io.pixelscrub.testdata.synthetic.content.PatientIdentity;
import io.pixelscrub.testdata.synthetic.content.PhiTexts;
import io.pixelscrub.testdata.synthetic.content.TextContent;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;
import io.pixelscrub.testdata.synthetic.truth.CaseKind;

import io.pixelscrub.testdata.synthetic.Mix;
import io.pixelscrub.testdata.synthetic.content.PersonName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Turns a {@link CaseSlot} into a full {@link CasePlan}: size, picture, patient, header values and text. */
public final class CasePlanner {
    private static final int[][] SINGLE_SIZES = {{256, 256}, {512, 512}, {640, 480}, {800, 600}, {1024, 768},
        {768, 576}, {600, 800}, {512, 384}, {960, 720}, {1280, 1024}, {430, 600}};
    private static final int[][] CINE_SIZES = {{256, 256}, {320, 256}, {400, 300}, {512, 384}, {640, 480}};
    private static final BackgroundKind[] GENERATED = {BackgroundKind.NOISE, BackgroundKind.GRADIENT,
        BackgroundKind.ULTRASOUND_SECTOR, BackgroundKind.ULTRASOUND_SECTOR, BackgroundKind.CT_DISC,
        BackgroundKind.FILM_SCAN};

    private final RealImages real;
    private final double realFraction;
    private final Mix mix;

    /** @param mix its {@code realBackground} share of cases is drawn on a real image, when {@code real} has any */
    public CasePlanner(RealImages real, Mix mix) {
        this.real = real;
        this.realFraction = mix.realBackground();
        this.mix = mix;
    }

    public CasePlan plan(CaseSlot slot) {
        SplittableRandom r = new SplittableRandom(slot.seed());
        BackgroundKind kind = backgroundKind(slot, r);
        RealImage realImage = kind == BackgroundKind.REAL ? real.images().get(r.nextInt(real.images().size())) : null;
        int[] size = realImage == null ? size(slot.shape(), r) : realSize(realImage, slot.shape(), r);
        int frames = slot.shape() == CaseShape.CINE ? 8 + r.nextInt(13) : 1;
        long backgroundSeed = r.nextLong();
        Background background = realImage == null
                ? kind.generated(size[0], size[1], backgroundSeed)
                : BackgroundKind.real(realImage, size[0], size[1], backgroundSeed);
        String modality = modality(slot.format(), kind, realImage);
        PatientIdentity identity = mix.legacy() ? IdentityFactory.create(r)
                : IdentityFactory.createHonest(r, mix.traps());

        TextPlanner texts = new TextPlanner(r, slot.shape(), size[0], size[1], frames, mix.rotated());
        if (slot.kind() != CaseKind.CLEAN) {
            List<TextContent> phi = slot.kind() != CaseKind.PHI ? List.of()
                    : mix.legacy() ? PhiTexts.choose(identity, r) : PhiTexts.chooseHonest(identity, r, mix.traps());
            List<TextContent> device = DeviceAnnotations.choose(modality, identity.manufacturer(), r,
                    slot.kind() == CaseKind.DEVICE_ONLY ? 2 : 0, 7, mix.inventedDevice());
            if (!mix.legacy()) {
                device = withoutHeaderWords(device, identity);
            }
            texts.plan(phi, device);
        }
        String name = String.format("case%04d_%s_%s.dcm", slot.index(), slot.format(), slot.encoding());
        return new CasePlan(slot, name, size[0], size[1], frames, modality, background, tint(modality, r),
                identity, texts.backdrops(), texts.texts(), r.nextLong());
    }

    /**
     * Device lines that hold a word of the file's own identity (a patient named {@code OB}, an operator stored as
     * {@code MA} beside {@code kV 120 mA 300}, an institution {@code GE MEDICAL SYSTEMS} beside the vendor line
     * {@code GE}) are dropped: the header wins, so such a line is PHI, and the ground truth could not say which.
     */
    static List<TextContent> withoutHeaderWords(List<TextContent> device, PatientIdentity id) {
        Set<String> words = new HashSet<>();
        for (PersonName n : List.of(id.patient(), id.referringPhysician(), id.performingPhysician(), id.operator())) {
            addWords(words, n.family() + " " + n.given() + " " + n.middle());
        }
        addWords(words, id.patientId() + " " + id.accessionNumber() + " " + id.institution());
        List<TextContent> out = new ArrayList<>();
        for (TextContent t : device) {
            Set<String> tokens = new HashSet<>();
            addWords(tokens, t.text());
            tokens.retainAll(words);
            if (tokens.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static void addWords(Set<String> into, String text) {
        for (String w : text.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!w.isEmpty()) {
                into.add(w);
            }
        }
    }

    private BackgroundKind backgroundKind(CaseSlot slot, SplittableRandom r) {
        PixelFormat f = slot.format();
        if (f == PixelFormat.PALETTE_8 || f == PixelFormat.YBR_FULL) {
            // Devices that write these are ultrasound machines.
            return BackgroundKind.ULTRASOUND_SECTOR;
        }
        if (!real.isEmpty() && slot.shape() != CaseShape.CINE && r.nextDouble() < realFraction) {
            return BackgroundKind.REAL;
        }
        if (f == PixelFormat.MONO1_16 && r.nextBoolean()) {
            return BackgroundKind.FILM_SCAN;
        }
        if (slot.shape() == CaseShape.LARGE) {
            return r.nextBoolean() ? BackgroundKind.FILM_SCAN : BackgroundKind.CT_DISC;
        }
        return GENERATED[r.nextInt(GENERATED.length)];
    }

    private static int[] size(CaseShape shape, SplittableRandom r) {
        return switch (shape) {
            case SINGLE -> SINGLE_SIZES[r.nextInt(SINGLE_SIZES.length)];
            case CINE -> CINE_SIZES[r.nextInt(CINE_SIZES.length)];
            case LARGE -> {
                int a = 2000 + r.nextInt(501);
                int b = 1600 + r.nextInt(449);
                yield r.nextBoolean() ? new int[] {a, b} : new int[] {b, a};
            }
        };
    }

    /** The real image's aspect, enlarged 1-2x (3-4x for LARGE), capped at 2500 a side. */
    private static int[] realSize(RealImage image, CaseShape shape, SplittableRandom r) {
        double scale = shape == CaseShape.LARGE ? 3 + r.nextDouble() : 1 + r.nextDouble();
        scale = Math.min(scale, 2500.0 / Math.max(image.width(), image.height()));
        return new int[] {(int) Math.round(image.width() * scale), (int) Math.round(image.height() * scale)};
    }

    private static String modality(PixelFormat format, BackgroundKind kind, RealImage realImage) {
        if (format == PixelFormat.PALETTE_8 || format == PixelFormat.YBR_FULL) {
            return "US";
        }
        if (realImage != null) {
            return realImage.modality();
        }
        return format == PixelFormat.MONO1_16 && kind == BackgroundKind.FILM_SCAN ? "CR" : kind.modality;
    }

    /** Colour formats show grey pictures tinted, as ultrasound and endoscopy screens often are. */
    private static float[] tint(String modality, SplittableRandom r) {
        if ("US".equals(modality) && r.nextBoolean()) {
            return new float[] {1.0f, 0.93f, 0.78f};
        }
        return r.nextInt(4) == 0 ? new float[] {0.85f, 0.92f, 1.0f} : new float[] {1f, 1f, 1f};
    }
}
