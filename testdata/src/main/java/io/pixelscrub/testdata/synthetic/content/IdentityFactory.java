package io.pixelscrub.testdata.synthetic.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SplittableRandom;

/** Makes a plausible, entirely invented patient, study and device for one file. */
public final class IdentityFactory {
    /** Manufacturer and models: not PHI, and devices burn them, so a small real-looking list is fine. */
    private static final String[][] DEVICES = {
        {"SIEMENS", "ACUSON S2000"}, {"GE Healthcare", "LOGIQ E9"}, {"Philips", "EPIQ 7G"},
        {"TOSHIBA", "Aplio 500"}, {"ESAOTE", "MyLab Twice"}, {"SAMSUNG MEDISON", "HS70A"},
        {"SIEMENS", "SOMATOM Force"}, {"GE MEDICAL SYSTEMS", "Revolution CT"}, {"FUJIFILM Corporation", "FCR Velocity"},
        {"CARESTREAM", "DRX-1"}, {"Canon Medical Systems", "Vantage Orian"}, {"Hologic", "Selenia Dimensions"}};

    private IdentityFactory() {
    }

    public static PatientIdentity create(SplittableRandom r) {
        LocalDate birth = LocalDate.of(1925 + r.nextInt(95), 1 + r.nextInt(12), 1 + r.nextInt(28));
        LocalDate study = LocalDate.of(Math.max(birth.getYear() + 1, 2003) + r.nextInt(5), 1 + r.nextInt(12),
                1 + r.nextInt(28));
        if (study.isAfter(LocalDate.of(2024, 12, 31))) {
            study = LocalDate.of(2024, study.getMonthValue(), study.getDayOfMonth());
        }
        LocalTime time = LocalTime.of(7 + r.nextInt(14), r.nextInt(60), r.nextInt(60));
        String[] device = DEVICES[r.nextInt(DEVICES.length)];
        return new PatientIdentity(SyllableNames.person(r), birth, r.nextBoolean() ? "F" : "M", patientId(r),
                digits(r, 7 + r.nextInt(4)), study, time, SyllableNames.institution(r),
                SyllableNames.person(r), SyllableNames.person(r), SyllableNames.person(r),
                "RM" + (1 + r.nextInt(30)) + "-" + SyllableNames.given(r), device[0], device[1]);
    }

    /** Institution names made only of generic words, or of a vendor's words (the device's own name must not explain them). */
    static final String[] GENERIC_INSTITUTIONS = {"GENERAL MEDICAL CENTER", "GE MEDICAL SYSTEMS", "CITY HOSPITAL",
        "REGIONAL IMAGING", "COUNTY HEALTH", "UNIVERSITY CLINIC", "MEMORIAL HOSPITAL", "VALLEY MEDICAL",
        "PHILIPS MEDICAL SYSTEMS", "SIEMENS HEALTHCARE", "CHILDRENS HOSPITAL", "COMMUNITY HEALTH CENTER"};

    /**
     * The honest corpus's patient: {@link #create} first (same draws), then, for a {@code traps} share of files, the
     * shapes a classifier finds hardest in the header: names from {@link GeneralNames} (common-word and two-letter
     * surnames, whole names under four characters), short IDs and accession numbers, an operator stored as two
     * letters, a study in the hour after midnight, an institution named with generic or vendor words.
     */
    public static PatientIdentity createHonest(SplittableRandom r, double traps) {
        PatientIdentity base = create(r);
        if (r.nextDouble() >= traps) {
            return base;
        }
        PersonName patient = GeneralNames.person(r);
        String patientId = r.nextBoolean() ? shortId(r) : base.patientId();
        String accession = r.nextBoolean() ? digits(r, 4 + r.nextInt(2)) : base.accessionNumber();
        String institution = r.nextInt(3) == 0 ? GENERIC_INSTITUTIONS[r.nextInt(GENERIC_INSTITUTIONS.length)]
                : base.institution();
        java.time.LocalTime time = r.nextInt(3) == 0 ? java.time.LocalTime.of(0, r.nextInt(60), r.nextInt(60))
                : base.studyTime();
        PersonName operator = r.nextInt(3) == 0
                ? new PersonName("" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)), "", "")
                : GeneralNames.person(r);
        PersonName referring = r.nextBoolean() ? GeneralNames.person(r) : base.referringPhysician();
        return new PatientIdentity(patient, base.birthDate(), base.sex(), patientId, accession, base.studyDate(), time,
                institution, referring, base.performingPhysician(), operator, base.stationName(),
                base.manufacturer(), base.model());
    }

    /** Short identifiers of many shapes: {@code A1234}, {@code K12-345}, {@code 4471}, {@code 88123}, {@code AB-123}. */
    public static String shortId(SplittableRandom r) {
        char a = (char) ('A' + r.nextInt(26));
        return switch (r.nextInt(5)) {
            case 0 -> a + digits(r, 4);
            case 1 -> a + digits(r, 2) + "-" + digits(r, 3);
            case 2 -> digits(r, 4);
            case 3 -> digits(r, 5);
            default -> "" + a + (char) ('A' + r.nextInt(26)) + "-" + digits(r, 3 + r.nextInt(2));
        };
    }

    /** Hospital identifiers come in many shapes: all digits with zeros, letter prefixes, dashes. */
    public static String patientId(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> "000" + digits(r, 8);
            case 1 -> (char) ('A' + r.nextInt(26)) + digits(r, 7);
            case 2 -> digits(r, 2) + "-" + digits(r, 2) + "-" + digits(r, 2) + "-" + digits(r, 6);
            default -> digits(r, 6 + r.nextInt(5));
        };
    }

    public static String digits(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder(n);
        b.append((char) ('1' + r.nextInt(9)));
        while (b.length() < n) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }
}
