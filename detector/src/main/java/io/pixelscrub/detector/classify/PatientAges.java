package io.pixelscrub.detector.classify;

import io.pixelscrub.detector.classify.HeaderDenyList.HeaderDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ages in years the file's header gives its patient: PatientAge (in years), and the years from the birth date to
 * each of the header's other dates (that year's birthday passed or not). A number that is none of them, nor one of
 * them misread by a digit, is not the patient's age: the only thing this tells. Without an age or a birth date it
 * rules nothing out. Holds PHI: no toString, nothing logged.
 */
final class PatientAges {

    private static final PatientAges UNKNOWN = new PatientAges(Set.of());

    private final Set<Integer> ages;

    private PatientAges(Set<Integer> ages) {
        this.ages = Set.copyOf(ages);
    }

    static PatientAges unknown() {
        return UNKNOWN;
    }

    /**
     * @param ageYears  PatientAge in years, if the header states it so
     * @param birthYear the year of PatientBirthDate, if any
     * @param dates     the header's dates (the birth date among them is skipped)
     */
    static PatientAges of(OptionalInt ageYears, OptionalInt birthYear, List<HeaderDate> dates) {
        Set<Integer> ages = new TreeSet<>();
        ageYears.ifPresent(a -> {
            ages.add(a - 1); // a later image of the study, or an age rounded by the device
            ages.add(a);
            ages.add(a + 1);
        });
        if (birthYear.isPresent()) {
            for (HeaderDate d : dates) {
                if (!d.attribute().equals("PatientBirthDate")) {
                    int years = d.date().getYear() - birthYear.getAsInt();
                    ages.add(years);
                    ages.add(years - 1);
                }
            }
        }
        ages.removeIf(a -> a < 0);
        return ages.isEmpty() ? UNKNOWN : new PatientAges(ages);
    }

    /**
     * Whether the header says {@code n} is not the patient's age: it knows the age, and {@code n} is not
     * {@link #mayBe} it. Always false when the header knows no age.
     */
    boolean rulesOut(int n) {
        return !ages.isEmpty() && !mayBe(n);
    }

    /**
     * Whether {@code n} may be the patient's age as the header gives it, or that age misread by a digit changed,
     * dropped or added ("54" for an age of 54, 55, 34, 4 or 154). Always false when the header knows no age.
     */
    boolean mayBe(int n) {
        String read = Integer.toString(n);
        for (int a : ages) {
            if (oneDigitApart(read, Integer.toString(a))) {
                return true;
            }
        }
        return false;
    }

    /** Equal, or one digit changed, dropped or added. */
    static boolean oneDigitApart(String a, String b) {
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length(); i++) {
                diff += a.charAt(i) == b.charAt(i) ? 0 : 1;
            }
            return diff <= 1;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
