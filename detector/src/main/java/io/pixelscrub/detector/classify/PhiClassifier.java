package io.pixelscrub.detector.classify;

import io.pixelscrub.detector.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether one OCR'd line of burned-in text is PHI, a device annotation, or unknown, using the file's own
 * header ({@link HeaderDenyList}), PHI patterns that hold without a header (dates, times, IDs, labels, name
 * shapes) and the allow-list of device annotations. A shape of PHI that cannot be decided (initials, a partial
 * date, a zero-hour clock, glued sex and age, a company name the device does not claim) is UNKNOWN, never NOT_PHI. Stateless after construction: thread-safe, and the same
 * input always gives the same verdict. Reasons name rules and attributes, never text.
 */
public final class PhiClassifier {

    private static final PhiClassifier STANDARD = new PhiClassifier(ClassifierVocabulary.shipped());

    private final DateFinder dates;
    private final PartialDateFinder partialDates;
    private final PhiPatterns patterns;
    private final AllowList allowList;
    private final NamePosition namePosition;
    private final DayMonthNames dayMonthNames;
    private final ClassifierVocabulary vocab;

    PhiClassifier(ClassifierVocabulary vocab) {
        this.dates = new DateFinder(vocab.months, vocab.monthsNeedingYear);
        this.dayMonthNames = new DayMonthNames(vocab.months);
        this.partialDates = new PartialDateFinder(vocab.months, dayMonthNames);
        this.patterns = new PhiPatterns(vocab);
        this.allowList = new AllowList(vocab);
        this.namePosition = new NamePosition(vocab);
        this.vocab = vocab;
    }

    /** The classifier over the vocabularies shipped in models. */
    public static PhiClassifier standard() {
        return STANDARD;
    }

    /**
     * @param ocrText  one line as OCR read it (PHI: not kept, not logged); null or blank gives UNKNOWN
     * @param denyList the file's header values; {@link HeaderDenyList#empty()} when there is no header
     */
    public TextVerdict classify(String ocrText, HeaderDenyList denyList) {
        LineText line = new LineText(ocrText);
        List<DateMention> dateMentions = dates.find(line.digits());
        Mentions mentions = new Mentions(dateMentions, partialDates.find(line.digits(), dateMentions),
                TimeFinder.find(line.digits()));
        HeaderDenyList deny = denyList == null ? HeaderDenyList.empty() : denyList;
        List<Evidence> evidence = new ArrayList<>(HeaderMatcher.match(line, mentions,
                deny.isEmpty() ? java.util.Set.of() : namePosition.initials(line), deny));
        patterns.find(line, mentions, evidence);
        inDoubt(line, deny, evidence);
        List<Token> tokens = line.tokens();
        boolean allExplained = true;
        for (int i = 0; i < tokens.size() && allExplained; i++) {
            allExplained = allowList.explains(tokens, i, deny);
        }
        boolean sparse = line.letterOrDigitCount() <= VerdictRules.SPARSE_CHARS;
        TextVerdict v = VerdictRules.decide(evidence, line.letterOrDigitShare(), allExplained, sparse);
        boolean initialsRead = sparse && deny.holdsInitialsRead(String.join("", line.plainTokens()));
        if (sparse && deny.holdsShortValue() && v.reason().equals(UNEXPLAINED)
                || initialsRead && v.verdict() != Verdict.PHI) {
            return new TextVerdict(Verdict.UNKNOWN, VerdictRules.UNEXPLAINED, SHORT_HEADER_VALUE);
        }
        return v;
    }

    private static final String UNEXPLAINED = "unknown:unexplained-text";
    /**
     * The reason for a character or two that nothing explains, in a file whose header holds a value that short
     * ({@link HeaderDenyList#holdsShortValue}): UNKNOWN as any unexplained text, but named, because it may be that
     * value misread (an operator's "CC" read "oo") and no rule that lets small blobs go may take it. Initials built from
     * a longer name are not such values (counted so, every file with a name would keep its specks unknown), but two
     * letters that read as them written small are ({@link HeaderDenyList#holdsInitialsRead}), whatever else explains
     * them ("cc" is a unit).
     */
    public static final String SHORT_HEADER_VALUE = "unknown:short-header-value";

    /**
     * Whether the line holds a measurement ({@link #holdsMeasurement}) or is only a vendor or product name
     * ("GE ADVANTAGE"): shapes no demographic value takes. A bare decimal does not count: "13.2017" may be a month of a
     * year read with a wrong month. Says nothing about the rest of the line: only for lines already judged NOT_PHI
     * (the header has had its say).
     */
    public boolean holdsDeviceReading(String ocrText) {
        List<Token> tokens = new LineText(ocrText).tokens();
        boolean vendorOnly = !tokens.isEmpty();
        for (int i = 0; i < tokens.size(); i++) {
            if (allowList.readouts().kind(tokens, i) == Readouts.Kind.MEASUREMENT) {
                return true;
            }
            vendorOnly &= vocab.vendorWords.contains(tokens.get(i).core());
        }
        return vendorOnly && tokens.stream().anyMatch(t -> t.core().length() >= 3);
    }

    /**
     * Whether the line reads as measurements: values with their units or device labels, percentages or dimensions
     * ("23cm", "MI 1.4", "AO=100%", "512x512"), not bare numbers (a clock read with a wrong separator is one), and
     * these with the words beside them hold at least half of the letters and digits read. What lets a reading OCR
     * was unsure of keep its line: a measurement's shape is seldom made by chance, but a short one among misread
     * strokes is ("a7 205 er =10%", read at 0.02 from a name and a date, fresh seed 9494), and vouches for nothing
     * else on the line.
     */
    public boolean holdsMeasurement(String ocrText) {
        List<Token> tokens = new LineText(ocrText).tokens();
        boolean[] measured = new boolean[tokens.size()];
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (allowList.readouts().kind(tokens, i) == Readouts.Kind.MEASUREMENT) {
                any = true;
                for (int k = Math.max(0, i - 1); k <= Math.min(tokens.size() - 1, i + 1); k++) {
                    measured[k] = true;
                }
            }
        }
        if (!any) {
            return false;
        }
        long inMeasurements = 0;
        long all = 0;
        for (int i = 0; i < tokens.size(); i++) {
            long n = tokens.get(i).core().chars().filter(Character::isLetterOrDigit).count();
            all += n;
            inMeasurements += measured[i] ? n : 0;
        }
        return 2 * inMeasurements >= all;
    }

    /**
     * Whether two readings of one line differ only by characters OCR confuses (O/0/D, I/1/l, S/5, B/8, Z/2, G/6):
     * the same glyph shapes, read with other letters or digits. Such a pair tells nothing about which it is.
     */
    public static boolean foldAlike(String a, String b) {
        return OcrFold.compact(a).equals(OcrFold.compact(b));
    }

    /**
     * The letters and digits of a reading with the characters OCR confuses folded together ({@link #foldAlike}), in
     * order: what two engines' readings of one line are compared by.
     */
    public static String folded(String ocrText) {
        return OcrFold.compact(ocrText);
    }

    /** Shapes of PHI that no rule can decide without more knowledge: UNKNOWN at least, never NOT_PHI. */
    private void inDoubt(LineText line, HeaderDenyList deny, List<Evidence> evidence) {
        if (namePosition.hasInitials(line)) {
            evidence.add(Evidence.withhold("unknown:initials"));
        }
        if (MisreadClock.holds(line.tokens(), vocab)) {
            evidence.add(Evidence.withhold(MisreadClock.REASON));
        }
        if (OrganisationNames.unclaimed(line.tokens(), vocab, deny.deviceWords())) {
            evidence.add(Evidence.withhold("unknown:organisation"));
        }
        if (dayMonthNames.holds(line.digits())) {
            evidence.add(Evidence.withhold("unknown:partial-date"));
        }
    }
}
