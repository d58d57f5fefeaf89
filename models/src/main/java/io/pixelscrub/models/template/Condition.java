package io.pixelscrub.models.template;

import io.pixelscrub.models.HeaderView;
import java.util.List;

/** A boolean test over header attributes; a tree of attribute tests joined by all/any/not. */
public sealed interface Condition permits AttributeTest, AllOf, AnyOf, Not, Constant {

    /** Evaluates the whole tree (no short-circuit, so the explanation is complete). */
    ConditionResult evaluate(HeaderView header);

    /** The rule as written (attribute, operator and template literal), for listings; holds no header data. */
    String describe();

    /** Every attribute the tree tests, in order, with repeats. */
    List<String> attributes();

    default boolean test(HeaderView header) { return evaluate(header).matched(); }

    static Condition test(String attribute, Operator op, String operand, ValueMode mode) {
        return new AttributeTest(attribute, op, operand, mode);
    }

    static Condition all(Condition... parts) { return new AllOf(List.of(parts)); }

    static Condition any(Condition... parts) { return new AnyOf(List.of(parts)); }

    static Condition not(Condition c) { return new Not(c); }

    static Condition always(boolean value) { return new Constant(value); }
}
