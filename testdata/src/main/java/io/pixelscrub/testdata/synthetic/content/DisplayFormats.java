package io.pixelscrub.testdata.synthetic.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/** The ways devices print header values: {@code DOE^JOHN} as {@code DOE, JOHN}, dates as {@code 02-Jan-1960}. */
public final class DisplayFormats {
    private static final String[] DATE_PATTERNS = {"MM/dd/yyyy", "dd-MMM-yyyy", "yyyy.MM.dd", "dd MMM yy",
        "dd.MM.yyyy", "yyyy-MM-dd", "M/d/yyyy", "dd/MM/yyyy", "yyyyMMdd", "MMM dd yyyy", "d MMM yyyy", "dd-MMM-yy"};
    private static final String[] TIME_PATTERNS = {"HH:mm:ss", "h:mm:ss a", "HH:mm", "hh:mm a", "HH.mm.ss",
        "h:mm:ssa"};

    private DisplayFormats() {
    }

    public static String date(LocalDate date, SplittableRandom r) {
        String text = DateTimeFormatter.ofPattern(SyllableNames.pick(r, DATE_PATTERNS), Locale.ENGLISH).format(date);
        // Many devices print month names in capitals: 02 JAN 60.
        return r.nextBoolean() ? text.toUpperCase(Locale.ROOT) : text;
    }

    public static String time(LocalTime time, SplittableRandom r) {
        String text = DateTimeFormatter.ofPattern(SyllableNames.pick(r, TIME_PATTERNS), Locale.ENGLISH).format(time);
        return r.nextInt(3) == 0 ? text.toLowerCase(Locale.ROOT) : text;
    }

    public static String name(PersonName n, SplittableRandom r) {
        if (n.given().isEmpty()) {
            return n.family(); // a one-component name (OB) is shown as it is stored
        }
        String given = n.middle().isEmpty() ? n.given() : n.given() + " " + n.middle();
        return switch (r.nextInt(8)) {
            case 0 -> n.family() + ", " + given;
            case 1 -> title(given) + " " + title(n.family());
            case 2 -> n.family() + " " + given;
            case 3 -> n.dicom();
            case 4 -> title(n.family()) + ", " + title(given);
            case 5 -> n.given().charAt(0) + ". " + n.family();
            case 6 -> n.family() + ", " + n.given().charAt(0);
            default -> given + " " + n.family();
        };
    }

    /** Physicians are often printed with a title. */
    public static String physician(PersonName n, SplittableRandom r) {
        if (n.given().isEmpty()) {
            return n.family();
        }
        return switch (r.nextInt(3)) {
            case 0 -> "Dr. " + title(n.family());
            case 1 -> "DR " + n.family() + " " + n.given().charAt(0);
            default -> name(n, r);
        };
    }

    /** Operators are usually shown as initials. */
    public static String initials(PersonName n) {
        if (n.given().isEmpty()) {
            return n.family();
        }
        return "" + n.given().charAt(0) + n.family().charAt(0);
    }

    static String title(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
