package io.pixelscrub.models.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses one CTP signature expression, e.g. {@code Manufacturer.containsIgnoreCase("GE") * !Rows.equals("512")},
 * with CTP's precedence (DicomObject.matches): '!' binds tightest, then '*' (AND), then '+' (OR);
 * parentheses group; '//' starts a comment to the end of the line. Element names may be keywords
 * or hex tags ("[0008,0070]"). Values use CTP's {@link ValueMode#JOINED} semantics.
 */
final class CtpExpressionParser {

    private static final Map<String, Operator> METHODS = Map.ofEntries(
            Map.entry("equals", Operator.EQUALS),
            Map.entry("equalsIgnoreCase", Operator.EQUALS_IGNORE_CASE),
            Map.entry("matches", Operator.MATCHES),
            Map.entry("contains", Operator.CONTAINS),
            Map.entry("containsIgnoreCase", Operator.CONTAINS_IGNORE_CASE),
            Map.entry("startsWith", Operator.STARTS_WITH),
            Map.entry("startsWithIgnoreCase", Operator.STARTS_WITH_IGNORE_CASE),
            Map.entry("endsWith", Operator.ENDS_WITH),
            Map.entry("endsWithIgnoreCase", Operator.ENDS_WITH_IGNORE_CASE),
            Map.entry("isLessThan", Operator.LESS_THAN),
            Map.entry("isGreaterThan", Operator.GREATER_THAN));

    private final String text;
    private final String where;
    private int pos;

    private CtpExpressionParser(String text, String where) {
        this.text = text;
        this.where = where;
    }

    /** @param where used in error messages ("file:line") */
    static Condition parse(String expression, String where) {
        CtpExpressionParser p = new CtpExpressionParser(expression, where);
        Condition c = p.or();
        p.skip();
        if (p.pos < p.text.length()) {
            throw p.error("unexpected '" + p.text.charAt(p.pos) + "'");
        }
        return c;
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>(List.of(and()));
        while (accept('+')) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new AnyOf(parts);
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>(List.of(unary()));
        while (accept('*')) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new AllOf(parts);
    }

    private Condition unary() {
        if (accept('!')) {
            return new Not(unary());
        }
        if (accept('(')) {
            Condition c = or();
            if (!accept(')')) {
                throw error("')' expected");
            }
            return c;
        }
        return operand();
    }

    /** identifier '.' method '(' "literal" ')', or true/false, as CTP's Operand. */
    private Condition operand() {
        skip();
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '[') {
            pos = text.indexOf(']', pos) + 1;
            if (pos == 0) {
                throw error("']' expected");
            }
        } else {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
        }
        String identifier = text.substring(start, pos).trim();
        if (identifier.isEmpty()) {
            throw error("element name expected");
        }
        if (identifier.equals("true") || identifier.equals("false")) {
            return new Constant(Boolean.parseBoolean(identifier));
        }
        if (!accept('.')) {
            throw error("'.' expected after " + identifier);
        }
        skip();
        int m = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String method = text.substring(m, pos);
        Operator op = METHODS.get(method);
        if (op == null) {
            throw error("unknown method " + method);
        }
        if (!accept('(')) {
            throw error("'(' expected after " + method);
        }
        skip();
        if (pos >= text.length() || text.charAt(pos) != '"') {
            throw error("quoted string expected");
        }
        int close = text.indexOf('"', pos + 1);
        if (close < 0) {
            throw error("unterminated string");
        }
        String literal = text.substring(pos + 1, close);
        pos = close + 1;
        if (!accept(')')) {
            throw error("')' expected after string");
        }
        return new AttributeTest(DicomKeywords.resolve(identifier), op, literal, ValueMode.JOINED);
    }

    private boolean accept(char c) {
        skip();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Whitespace and '//' comments, as CTP's Tokenizer.skipWhitespace. */
    private void skip() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && text.startsWith("//", pos)) {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 ? text.length() : nl + 1;
            } else {
                return;
            }
        }
    }

    private TemplateParseException error(String message) {
        return new TemplateParseException(where + ": " + message + " at offset " + pos, null);
    }
}
