package io.pixelscrub.models.template;

import io.pixelscrub.models.HeaderView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** One attribute compared with one operator; the leaf of a condition tree. */
public record AttributeTest(String attribute, Operator operator, String operand, ValueMode mode) implements Condition {

    public AttributeTest {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(mode, "mode");
        if (operator.isExistence()) {
            operand = null;
        } else {
            Objects.requireNonNull(operand, "operand of " + operator.jsonName());
            operator.compile(operand); // fail early on a bad regex
        }
    }

    @Override
    public ConditionResult evaluate(HeaderView header) {
        boolean present = header.contains(attribute);
        List<String> values = present ? header.values(attribute) : List.of();
        boolean result = switch (operator) {
            case PRESENT -> present;
            case MISSING -> !present;
            case EMPTY -> present && values.stream().allMatch(String::isBlank);
            default -> testValues(values);
        };
        // Only presence is reported besides the outcome: values might be PHI.
        String state = present ? "" : " (absent)";
        return new ConditionResult(result, attribute + " " + operator.jsonName() + state + ": " + (result ? "yes" : "no"));
    }

    private boolean testValues(List<String> values) {
        Pattern pattern = operator == Operator.REGEX || operator == Operator.REGEX_IGNORE_CASE || operator == Operator.MATCHES
                ? compiled() : null;
        String joined = String.join("\\", values);
        if (mode == ValueMode.JOINED) {
            return operator.test(joined, operand, pattern);
        }
        for (String v : values) {
            if (operator.test(v, operand, pattern)) {
                return true;
            }
        }
        return values.size() > 1 && operator.test(joined, operand, pattern);
    }

    private Pattern compiled() {
        // Records cannot hold a lazily compiled field; a shared cache keeps evaluation cheap across files.
        return PATTERNS.computeIfAbsent(operator.name() + ":" + operand, k -> operator.compile(operand));
    }

    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<String> attributes() {
        return List.of(attribute);
    }

    @Override
    public String describe() {
        return operator.isExistence()
                ? operator.jsonName() + " " + attribute
                : attribute + " " + operator.jsonName() + " \"" + operand + "\"" + (mode == ValueMode.ANY_VALUE ? " (any value)" : "");
    }

    /** Helper for the composite nodes. */
    static List<ConditionResult> evaluateAll(List<Condition> parts, HeaderView header) {
        List<ConditionResult> out = new ArrayList<>(parts.size());
        for (Condition c : parts) {
            out.add(c.evaluate(header));
        }
        return out;
    }
}
