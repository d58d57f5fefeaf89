package io.pixelscrub.models.template;

import io.pixelscrub.models.HeaderView;
import java.util.List;
import java.util.stream.Collectors;

/** True when every part is true (AND; CTP '*', deid '+'). An empty AllOf is true. */
public record AllOf(List<Condition> parts) implements Condition {

    public AllOf { parts = List.copyOf(parts); }

    @Override
    public ConditionResult evaluate(HeaderView header) {
        List<ConditionResult> rs = AttributeTest.evaluateAll(parts, header);
        boolean m = rs.stream().allMatch(ConditionResult::matched);
        return new ConditionResult(m, "all(" + rs.stream().map(ConditionResult::explanation).collect(Collectors.joining("; ")) + ")");
    }

    @Override
    public String describe() {
        return "(" + parts.stream().map(Condition::describe).collect(Collectors.joining(" AND ")) + ")";
    }

    @Override
    public List<String> attributes() {
        return parts.stream().flatMap(p -> p.attributes().stream()).toList();
    }
}
