package io.pixelscrub.testdata.synthetic.content;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invents person and place names from syllables, so a classifier that knows a list of common names
 * cannot score by memory. A small hand list adds shapes syllables do not make (apostrophes, particles,
 * hyphens) and the classic DOE^JOHN.
 */
public final class SyllableNames {
    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kl",
        "l", "m", "n", "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z", "th", "gl", "qu"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y", "a", "e", "o"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "nd", "rt", "m", "k", "x", "th", "ck",
        "ll", "ns"};
    private static final String[] FAMILY_ENDINGS = {"", "", "", "son", "sen", "ez", "ova", "ski", "ton", "berg",
        "wick", "ard", "elli", "oglu", "ani"};
    private static final String[] PLACE_KINDS = {"GENERAL HOSPITAL", "MEDICAL CENTER", "CLINIC", "HEALTH",
        "REGIONAL MED CTR", "UNIVERSITY HOSPITAL", "IMAGING CENTER", "CHILDRENS HOSPITAL", "RADIOLOGY"};

    /** Hand-written shapes; family, given. */
    private static final List<String[]> HAND = List.of(
            new String[] {"DOE", "JOHN"}, new String[] {"O'DARRAGH", "MAEVE"},
            new String[] {"VAN DER KOLK", "ANNEKE"}, new String[] {"SMYTHE-OKORO", "ADA"},
            new String[] {"DE LA FUENTE", "MARISOL"}, new String[] {"MC KINNELL", "RORY"},
            new String[] {"LI", "WEI"}, new String[] {"ABU-SAMRA", "KHALID"});

    private SyllableNames() {
    }

    public static PersonName person(SplittableRandom r) {
        if (r.nextInt(10) == 0) {
            String[] hand = HAND.get(r.nextInt(HAND.size()));
            return new PersonName(hand[0], hand[1], "");
        }
        String middle = r.nextInt(4) == 0 ? given(r).substring(0, 1) : "";
        return new PersonName(family(r), given(r), middle);
    }

    public static String family(SplittableRandom r) {
        return word(r, 1 + r.nextInt(2)) + pick(r, FAMILY_ENDINGS).toUpperCase(Locale.ROOT);
    }

    public static String given(SplittableRandom r) {
        return word(r, 1 + r.nextInt(2));
    }

    /** A town or founder name plus a kind of place, e.g. {@code BRAINDOR GENERAL HOSPITAL}. */
    public static String institution(SplittableRandom r) {
        String prefix = switch (r.nextInt(4)) {
            case 0 -> "ST ";
            case 1 -> "NORTH ";
            default -> "";
        };
        return prefix + word(r, 2 + r.nextInt(2)) + " " + pick(r, PLACE_KINDS);
    }

    private static String word(SplittableRandom r, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(pick(r, ONSETS)).append(pick(r, VOWELS));
            // Codas mostly at the end, so words stay pronounceable.
            if (i == syllables - 1 || r.nextInt(3) == 0) {
                b.append(pick(r, CODAS));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    static String pick(SplittableRandom r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
