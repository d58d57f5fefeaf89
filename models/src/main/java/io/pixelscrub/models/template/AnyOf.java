package io.pixelscrub.models.template;

import io.pixelscrub.models.HeaderView;
import java.util.List;
import java.util.stream.Collectors;

/** True when at least one part is true (OR; CTP '+', deid '||'). An empty AnyOf is false. */
public record AnyOf(List<Condition> parts) implements Condition {

    public AnyOf { parts = List.copyOf(parts); }

    @Override
    public ConditionResult evaluate(HeaderView header) {
        List<ConditionResult> rs = AttributeTest.evaluateAll(parts, header);
        boolean m = rs.stream().anyMatch(ConditionResult::matched);
        return new ConditionResult(m, "any(" + rs.stream().map(ConditionResult::explanation).collect(Collectors.joining("; ")) + ")");
    }

    @Override
    public String describe() {
        return "(" + parts.stream().map(Condition::describe).collect(Collectors.joining(" OR ")) + ")";
    }

    @Override
    public List<String> attributes() {
        return parts.stream().flatMap(p -> p.attributes().stream()).toList();
    }
}
