package io.pixelscrub.testdata.synthetic.content;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Names as general name lists hold them, written for the generator (not taken from the classifier's lexicon, so a
 * classifier cannot score by having the same list): surnames that are common English words ({@code LONG},
 * {@code WALL}, {@code HEAD}), two-letter surnames ({@code LI}, {@code NG}, {@code WU}, {@code DO}), given names
 * that are words or device labels ({@code MAX}, {@code ART}, {@code MARK}), and whole names under four
 * characters ({@code OB}, {@code AC}) that are also device words: the header wins, so they are PHI.
 */
public final class GeneralNames {
    /** Surnames that are common words (several of them device or anatomy words too). */
    static final List<String> COMMON_WORD_SURNAMES = List.of("LONG", "WALL", "HEAD", "MARK", "BELL", "STONE", "KING",
            "RICE", "WOOD", "HILL", "PARK", "LAKE", "FIELD", "CROSS", "GOLD", "WHITE", "GREEN", "YOUNG", "SHORT",
            "SMALL", "LITTLE", "BAKER", "COOK", "FOX", "HART", "BACK", "FOOT", "HAND", "BONE", "BISHOP",
            "POWER", "SHARP", "BRIGHT", "MOON", "FROST", "BLACK", "BROWN", "NORTH", "WEST", "DAY", "MAY");
    /** Two-letter surnames (none of them a token the device annotations draw, e.g. no {@code MA} as in mA). */
    static final List<String> TWO_LETTER_SURNAMES = List.of("LI", "NG", "WU", "DO", "OH", "YU", "XU", "LY", "KO", "HA");
    /** Given names that are words or device labels. */
    static final List<String> WORD_GIVEN_NAMES = List.of("MAX", "ART", "MARK", "WILL", "BILL", "JOY", "HOPE", "ROSE",
            "DAWN", "GRACE", "FAITH", "AL", "JO", "ED", "BO", "SKY", "REED", "CASH", "GENE", "PAT");
    /** Ordinary surnames and given names from general lists. */
    static final List<String> SURNAMES = List.of("GARCIA", "MILLER", "NGUYEN", "KOWALSKI", "MUELLER", "ROSSI",
            "OKAFOR", "HANSEN", "SATO", "PETROV", "SILVA", "MURPHY", "DUBOIS", "JANSEN", "COHEN", "PATEL");
    static final List<String> GIVEN_NAMES = List.of("ANNA", "JAMES", "MARIA", "DAVID", "LINDA", "JOSE", "MEI",
            "OMAR", "SARA", "PETER", "ELENA", "JUAN", "KAREN", "IVAN", "NORA", "TOM");
    /** Whole person names under four characters that are also device words: {@code OB} as a patient name. */
    static final List<String> SHORT_WHOLE_NAMES = List.of("OB", "AC", "EF", "OD");

    /** What kind of trap a name is, for slicing results. */
    public enum Kind {
        COMMON_WORD("name-common-word"), TWO_LETTER("name-two-letter"), SHORT_HEADER("name-short-header"),
        GENERAL("name");

        public final String category;

        Kind(String category) {
            this.category = category;
        }
    }

    private GeneralNames() {
    }

    /** A name from the general lists: a third common-word surnames, a quarter two-letter ones, some short. */
    public static PersonName person(SplittableRandom r) {
        int roll = r.nextInt(12);
        String given = r.nextInt(3) == 0 ? pick(r, WORD_GIVEN_NAMES) : pick(r, GIVEN_NAMES);
        String middle = r.nextInt(5) == 0 ? pick(r, GIVEN_NAMES).substring(0, 1) : "";
        if (roll < 4) {
            return new PersonName(pick(r, COMMON_WORD_SURNAMES), given, middle);
        }
        if (roll < 7) {
            return new PersonName(pick(r, TWO_LETTER_SURNAMES), given, middle);
        }
        if (roll < 8) {
            return new PersonName(pick(r, SHORT_WHOLE_NAMES), "", "");
        }
        return new PersonName(pick(r, SURNAMES), given, middle);
    }

    public static Kind kindOf(PersonName n) {
        if (n.given().isEmpty() && SHORT_WHOLE_NAMES.contains(n.family())) {
            return Kind.SHORT_HEADER;
        }
        if (TWO_LETTER_SURNAMES.contains(n.family())) {
            return Kind.TWO_LETTER;
        }
        if (COMMON_WORD_SURNAMES.contains(n.family()) || WORD_GIVEN_NAMES.contains(n.given())) {
            return Kind.COMMON_WORD;
        }
        return Kind.GENERAL;
    }

    /** Every word these lists hold, upper case (a device annotation must not use one: the header would win). */
    public static List<String> allWords() {
        return java.util.stream.Stream.of(COMMON_WORD_SURNAMES, TWO_LETTER_SURNAMES, WORD_GIVEN_NAMES, SURNAMES,
                GIVEN_NAMES, SHORT_WHOLE_NAMES).flatMap(List::stream).map(w -> w.toUpperCase(Locale.ROOT)).toList();
    }

    private static String pick(SplittableRandom r, List<String> options) {
        return options.get(r.nextInt(options.size()));
    }
}
