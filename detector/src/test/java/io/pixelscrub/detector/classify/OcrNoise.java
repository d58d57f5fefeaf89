package io.pixelscrub.detector.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Makes the misreadings OCR makes of burned-in text, so that tests generate variants instead of typing them. */
final class OcrNoise {

    /** Glyph swaps seen in OCR of device fonts, both directions. */
    static final Map<Character, Character> CONFUSIONS = Map.ofEntries(
            Map.entry('O', '0'), Map.entry('0', 'O'), Map.entry('D', '0'), Map.entry('Q', 'O'),
            Map.entry('I', '1'), Map.entry('1', 'l'), Map.entry('l', '1'), Map.entry('L', '1'),
            Map.entry('S', '5'), Map.entry('5', 'S'), Map.entry('B', '8'), Map.entry('8', 'B'),
            Map.entry('Z', '2'), Map.entry('2', 'Z'), Map.entry('G', '6'), Map.entry('6', 'G'));

    private OcrNoise() {
    }

    /** Every confusable character swapped. */
    static String allConfused(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(CONFUSIONS.getOrDefault(c, c));
        }
        return b.toString();
    }

    /** One confusable character swapped, chosen by the seed; the text itself when it has none. */
    static String oneConfused(String s, long seed) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (CONFUSIONS.containsKey(s.charAt(i))) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return s;
        }
        int i = at.get(new Random(seed).nextInt(at.size()));
        return s.substring(0, i) + CONFUSIONS.get(s.charAt(i)) + s.substring(i + 1);
    }

    static String spacesDropped(String s) {
        return s.replace(" ", "");
    }

    /** A blank doubled and stray punctuation after words, as OCR adds from specks. */
    static String punctuationNoise(String s) {
        return s.replace(" ", " . ").replace("^", " ") + ",";
    }

    /** Cut to the given share of its length, with the ellipsis devices print. */
    static String truncated(String s, double share) {
        return s.substring(0, (int) Math.ceil(s.length() * share)) + "...";
    }

    /** One character deleted in the middle: an OCR drop-out. */
    static String oneDropped(String s) {
        int i = s.length() / 2;
        return s.substring(0, i) + s.substring(i + 1);
    }

    /** The text and its usual misreadings. */
    static Set<String> variants(String s, long seed) {
        Set<String> out = new LinkedHashSet<>();
        out.add(s);
        out.add(allConfused(s));
        out.add(oneConfused(s, seed));
        out.add(spacesDropped(s));
        out.add(punctuationNoise(s));
        out.add(spacesDropped(allConfused(s)));
        out.add(s.toLowerCase(java.util.Locale.ROOT));
        return out;
    }
}
