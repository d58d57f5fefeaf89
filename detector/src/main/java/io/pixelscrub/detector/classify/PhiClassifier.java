package io.pixelscrub.detector.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether one OCR'd line of burned-in text is PHI, a device annotation, or unknown, using the file's own
 * header ({@link HeaderDenyList}), PHI patterns that hold without a header (dates, times, IDs, labels, name
 * shapes) and the allow-list of device annotations. Stateless after construction: thread-safe, and the same
 * input always gives the same verdict. Reasons name rules and attributes, never text.
 */
public final class PhiClassifier {

    private static final PhiClassifier STANDARD = new PhiClassifier(ClassifierVocabulary.shipped());

    private final DateFinder dates;
    private final PhiPatterns patterns;
    private final AllowList allowList;

    PhiClassifier(ClassifierVocabulary vocab) {
        this.dates = new DateFinder(vocab.months, vocab.monthsNeedingYear);
        this.patterns = new PhiPatterns(vocab);
        this.allowList = new AllowList(vocab);
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
        List<TimeMention> timeMentions = TimeFinder.find(line.digits());
        List<Evidence> evidence = new ArrayList<>(HeaderMatcher.match(line, dateMentions, timeMentions,
                denyList == null ? HeaderDenyList.empty() : denyList));
        patterns.find(line, dateMentions, timeMentions, evidence);
        List<Token> tokens = line.tokens();
        boolean allExplained = true;
        for (int i = 0; i < tokens.size() && allExplained; i++) {
            allExplained = allowList.explains(tokens, i);
        }
        boolean sparse = line.letterOrDigitCount() <= VerdictRules.SPARSE_CHARS;
        return VerdictRules.decide(evidence, line.letterOrDigitShare(), allExplained, sparse);
    }
}
