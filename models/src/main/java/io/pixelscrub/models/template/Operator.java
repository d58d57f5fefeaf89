package io.pixelscrub.models.template;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A test of one attribute value against a literal from a template.
 * The JSON name is the key used in the pixelscrub template format (and mirrors CTP's method names).
 */
public enum Operator {
    EQUALS("equals"),
    EQUALS_IGNORE_CASE("equalsIgnoreCase"),
    CONTAINS("contains"),
    CONTAINS_IGNORE_CASE("containsIgnoreCase"),
    STARTS_WITH("startsWith"),
    STARTS_WITH_IGNORE_CASE("startsWithIgnoreCase"),
    ENDS_WITH("endsWith"),
    ENDS_WITH_IGNORE_CASE("endsWithIgnoreCase"),
    /** Regular expression found anywhere in the value (case-sensitive). */
    REGEX("regex"),
    /** Regular expression found anywhere, ignoring case: deid's "contains". */
    REGEX_IGNORE_CASE("regexIgnoreCase"),
    /** Regular expression matching the whole value: CTP's "matches". */
    MATCHES("matches"),
    /** Numeric comparison CTP-style: non-digits are stripped from both sides first. */
    LESS_THAN("lessThan"),
    GREATER_THAN("greaterThan"),
    /** The attribute is in the header (any value, even empty). */
    PRESENT("present"),
    /** The attribute is not in the header. */
    MISSING("missing"),
    /** The attribute is in the header with no non-blank value. */
    EMPTY("empty");

    private final String jsonName;

    Operator(String jsonName) { this.jsonName = jsonName; }

    public String jsonName() { return jsonName; }

    /** Whether the operator looks only at presence, not at a value (no operand). */
    public boolean isExistence() { return this == PRESENT || this == MISSING || this == EMPTY; }

    public static Operator fromJsonName(String name) {
        for (Operator op : values()) {
            if (op.jsonName.equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operator: " + name);
    }

    /** Compiles the operand when the operator needs a pattern, so a bad regex fails at load time. */
    Pattern compile(String operand) {
        return switch (this) {
            case REGEX, MATCHES -> Pattern.compile(operand);
            case REGEX_IGNORE_CASE -> Pattern.compile(operand, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            default -> null;
        };
    }

    /** Tests one value string; only for value operators. */
    boolean test(String value, String operand, Pattern pattern) {
        String v = value.toLowerCase(Locale.ROOT);
        String o = operand.toLowerCase(Locale.ROOT);
        return switch (this) {
            case EQUALS -> value.equals(operand);
            case EQUALS_IGNORE_CASE -> value.equalsIgnoreCase(operand);
            case CONTAINS -> value.contains(operand);
            case CONTAINS_IGNORE_CASE -> v.contains(o);
            case STARTS_WITH -> value.startsWith(operand);
            case STARTS_WITH_IGNORE_CASE -> v.startsWith(o);
            case ENDS_WITH -> value.endsWith(operand);
            case ENDS_WITH_IGNORE_CASE -> v.endsWith(o);
            case REGEX, REGEX_IGNORE_CASE -> pattern.matcher(value).find();
            case MATCHES -> pattern.matcher(value).matches();
            case LESS_THAN -> compareNumbers(value, operand) < 0;
            case GREATER_THAN -> compareNumbers(value, operand) > 0;
            case PRESENT, MISSING, EMPTY -> throw new IllegalStateException(this + " has no value test");
        };
    }

    /** CTP's isLessThan/isGreaterThan: keep digits and dots; unparseable compares as "equal" (false both ways). */
    private static int compareNumbers(String a, String b) {
        try {
            double d1 = Double.parseDouble(a.replaceAll("[^0-9.]", ""));
            double d2 = Double.parseDouble(b.replaceAll("[^0-9.]", ""));
            return Double.compare(d1, d2);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
