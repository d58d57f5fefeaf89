package io.pixelscrub.models.template;

import io.pixelscrub.models.HeaderView;
import java.util.Objects;

/** Negation (CTP '!', deid notcontains/notequals). */
public record Not(Condition part) implements Condition {

    public Not { Objects.requireNonNull(part, "part"); }

    @Override
    public ConditionResult evaluate(HeaderView header) {
        ConditionResult r = part.evaluate(header);
        return new ConditionResult(!r.matched(), "not(" + r.explanation() + ")");
    }

    @Override
    public String describe() { return "NOT " + part.describe(); }

    @Override
    public java.util.List<String> attributes() { return part.attributes(); }
}
