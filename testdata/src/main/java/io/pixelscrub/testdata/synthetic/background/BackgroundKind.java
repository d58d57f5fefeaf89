package io.pixelscrub.testdata.synthetic.background;

/** The kinds of picture text is drawn on, and the modality each suggests for the header. */
public enum BackgroundKind {
    NOISE("MR"),
    GRADIENT("XA"),
    ULTRASOUND_SECTOR("US"),
    CT_DISC("CT"),
    FILM_SCAN("CR"),
    /** A real text-free file; the modality is that file's. */
    REAL("OT");

    public final String modality;

    BackgroundKind(String modality) {
        this.modality = modality;
    }

    /** The generated background of this kind; REAL needs {@link #real} instead. */
    public Background generated(int width, int height, long seed) {
        return switch (this) {
            case NOISE -> new NoiseBackground(width, height, seed);
            case GRADIENT -> new GradientBackground(width, height, seed);
            case ULTRASOUND_SECTOR -> new UltrasoundSector(width, height, seed);
            case CT_DISC -> new CtDisc(width, height, seed);
            case FILM_SCAN -> new FilmScan(width, height, seed);
            case REAL -> throw new IllegalArgumentException("REAL backgrounds come from a RealImage");
        };
    }

    public static Background real(RealImage image, int width, int height, long seed) {
        return new RealBackground(image, width, height, seed);
    }
}
