package io.pixelscrub.detector.classify;

import io.pixelscrub.models.HeaderView;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What one file's own header says must not appear in its pixels: names in their renderings, identifiers, dates,
 * times, institution and device identity, and sex and age as weak context. Build it from the header before
 * de-identification; it holds PHI, so it lives in memory only and its {@link #toString()} tells counts alone.
 * Immutable and safe to share between threads.
 */
public final class HeaderDenyList {

    private static final HeaderDenyList EMPTY =
            new HeaderDenyList(List.of(), List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty(), Set.of(), Set.of());

    /** A header date, by attribute. */
    record HeaderDate(String attribute, LocalDate date) { }

    /** A header time of day, by attribute. */
    record HeaderTime(String attribute, int secondsOfDay) { }

    private final List<DenyTerm> terms;
    private final List<HeaderDate> dates;
    private final List<HeaderTime> times;
    private final OptionalInt birthYear;
    private final OptionalInt ageYears;
    private final Set<String> sexWords;
    private final Set<String> deviceWords;
    private final PatientAges patientAges;

    HeaderDenyList(List<DenyTerm> terms, List<HeaderDate> dates, List<HeaderTime> times, OptionalInt birthYear,
                   OptionalInt ageYears, Set<String> sexWords, Set<String> deviceWords) {
        this.terms = List.copyOf(terms);
        this.dates = List.copyOf(dates);
        this.times = List.copyOf(times);
        this.birthYear = birthYear;
        this.ageYears = ageYears;
        this.sexWords = Set.copyOf(sexWords);
        this.deviceWords = Set.copyOf(deviceWords);
        this.patientAges = PatientAges.of(ageYears, birthYear, this.dates);
    }

    /** The deny-list of one header (read leniently: values in non-standard forms are still used). */
    public static HeaderDenyList from(HeaderView header) {
        return new DenyListBuilder(ClassifierVocabulary.shipped()).build(header);
    }

    /** No header knowledge: only the patterns and the allow-list decide. */
    public static HeaderDenyList empty() {
        return EMPTY;
    }

    /** Whether the header gave nothing to look for. */
    public boolean isEmpty() {
        return terms.isEmpty() && dates.isEmpty() && times.isEmpty() && ageYears.isEmpty() && sexWords.isEmpty();
    }

    List<DenyTerm> terms() { return terms; }

    List<HeaderDate> dates() { return dates; }

    List<HeaderTime> times() { return times; }

    OptionalInt birthYear() { return birthYear; }

    OptionalInt ageYears() { return ageYears; }

    /** The ages the header gives the patient ({@link PatientAges}): what a bare number beside a word may be. */
    PatientAges patientAges() { return patientAges; }

    /** Words for the patient's sex as images show it (M, MALE...), upper case; empty when unknown. */
    Set<String> sexWords() { return sexWords; }

    /**
     * Whether a header value, or a rendering of one, folds ({@link OcrFold#compact}) to {@code folded}: the header's
     * claim on a word that a device word's misread might otherwise take.
     */
    boolean holdsFolded(String folded) {
        for (DenyTerm t : terms) {
            if (t.folded().equals(folded) || t.plain().equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of the file's own Manufacturer and ManufacturerModelName, upper case ("GE", "MEDICAL", "SYSTEMS",
     * "S2000"): the device's identity, not PHI. They explain a word the allow-list cannot ("S2000" has an ID's shape,
     * "MEDICAL" may end an institution's name), but never overrule a header value: PHI evidence decides first.
     */
    Set<String> deviceWords() { return deviceWords; }

    /**
     * Whether the header holds a value of one or two characters ({@link DenyTerm.Match#EXACT}: an operator's initials
     * "CC", a surname "OB"): a blob read as a character or two may then be that value misread.
     */
    public boolean holdsShortValue() {
        return terms.stream().anyMatch(t -> t.match() == DenyTerm.Match.EXACT);
    }

    /**
     * Whether {@code letters}, the two letters a short blob was read as, may be the initials of a person of the header
     * (a two-letter initials term: "CC" of an operator COPRAIRANI^CHIACK) written small: case ignored, letters OCR
     * confuses folded ({@link OcrFold#confusionClass}), and C taken for O, whose opening a 6-8 px glyph closes (an
     * operator's "CC" at 6 px read "oo" on 18 frames of a cine, tuning seed 43). Initials are no header value and are
     * PHI only in a name position ({@link HeaderMatcher}); this only keeps such a blob from being let go as too short
     * to identify anyone.
     */
    boolean holdsInitialsRead(String letters) {
        if (letters.length() != 2 || !letters.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String read = smallTextFold(letters);
        for (DenyTerm t : terms) {
            if (t.match() == DenyTerm.Match.WEAK && t.plain().length() == 2 && smallTextFold(t.plain()).equals(read)) {
                return true;
            }
        }
        return false;
    }

    private static String smallTextFold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = OcrFold.confusionClass(s.charAt(i));
            b.append(c == 'C' ? 'O' : c);
        }
        return b.toString();
    }

    /** Counts only: the values are PHI. */
    @Override
    public String toString() {
        return "HeaderDenyList[" + terms.size() + " terms, " + dates.size() + " dates, " + times.size() + " times]";
    }
}
