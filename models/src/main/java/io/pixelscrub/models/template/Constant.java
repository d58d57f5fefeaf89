package io.pixelscrub.models.template;

import io.pixelscrub.models.HeaderView;

/** A fixed outcome: deid treats a LABEL with coordinates but no criteria as always matching. */
public record Constant(boolean value) implements Condition {

    @Override
    public ConditionResult evaluate(HeaderView header) {
        return new ConditionResult(value, value ? "always" : "never");
    }

    @Override
    public String describe() { return value ? "always" : "never"; }

    @Override
    public java.util.List<String> attributes() { return java.util.List.of(); }
}
