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
