package io.pixelscrub.models.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.MapHeaderView;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final String SECRET = "DOE^JANE 1234567";

    private final MapHeaderView header = MapHeaderView.of("PatientName", SECRET, "Manufacturer", "GE MEDICAL SYSTEMS",
            "ImageType", "DERIVED\\SECONDARY", "Rows", "512", "Blank", "");

    @Test
    void andOrNot() {
        Condition ge = Condition.test("Manufacturer", Operator.CONTAINS_IGNORE_CASE, "ge medical", ValueMode.JOINED);
        Condition rows = Condition.test("Rows", Operator.EQUALS, "1024", ValueMode.JOINED);
        assertTrue(ge.test(header));
        assertFalse(rows.test(header));
        assertFalse(Condition.all(ge, rows).test(header));
        assertTrue(Condition.any(ge, rows).test(header));
        assertTrue(Condition.not(rows).test(header));
        assertFalse(Condition.not(Condition.any(ge, rows)).test(header));
        assertTrue(Condition.all().test(header));
        assertFalse(Condition.any().test(header));
    }

    @Test
    void existenceOperators() {
        assertTrue(Condition.test("Blank", Operator.EMPTY, null, ValueMode.ANY_VALUE).test(header));
        assertFalse(Condition.test("Rows", Operator.EMPTY, null, ValueMode.ANY_VALUE).test(header));
        assertFalse(Condition.test("Absent", Operator.EMPTY, null, ValueMode.ANY_VALUE).test(header));
        assertTrue(Condition.test("Absent", Operator.MISSING, null, ValueMode.ANY_VALUE).test(header));
        assertTrue(Condition.test("Blank", Operator.PRESENT, null, ValueMode.ANY_VALUE).test(header));
    }

    @Test
    void valueModes() {
        // ANY_VALUE: one of the values; JOINED: the whole backslash-joined string
        assertTrue(Condition.test("ImageType", Operator.EQUALS_IGNORE_CASE, "secondary", ValueMode.ANY_VALUE).test(header));
        assertFalse(Condition.test("ImageType", Operator.EQUALS_IGNORE_CASE, "secondary", ValueMode.JOINED).test(header));
        assertTrue(Condition.test("ImageType", Operator.STARTS_WITH, "DERIVED\\SEC", ValueMode.JOINED).test(header));
        assertTrue(Condition.test("ImageType", Operator.ENDS_WITH_IGNORE_CASE, "dary", ValueMode.JOINED).test(header));
        assertTrue(Condition.test("ImageType", Operator.REGEX, "^SEC", ValueMode.ANY_VALUE).test(header));
        assertFalse(Condition.test("ImageType", Operator.REGEX, "^SEC", ValueMode.JOINED).test(header));
        assertFalse(Condition.test("Absent", Operator.REGEX_IGNORE_CASE, ".*", ValueMode.ANY_VALUE).test(header));
        assertTrue(Condition.test("Absent", Operator.MATCHES, "", ValueMode.JOINED).test(header));
    }

    @Test
    void explanationsNameAttributesAndOperatorsButNoValues() {
        Condition c = Condition.all(
                Condition.test("PatientName", Operator.EQUALS, SECRET, ValueMode.JOINED),
                Condition.any(Condition.test("PatientName", Operator.REGEX_IGNORE_CASE, "jane", ValueMode.ANY_VALUE),
                        Condition.not(Condition.test("Manufacturer", Operator.CONTAINS, "GE", ValueMode.JOINED))),
                Condition.test("Missing", Operator.PRESENT, null, ValueMode.ANY_VALUE));
        ConditionResult r = c.evaluate(header);
        assertFalse(r.matched());
        String e = r.explanation();
        assertTrue(e.contains("PatientName equals: yes"), e);
        assertTrue(e.contains("PatientName regexIgnoreCase: yes"), e);
        assertTrue(e.contains("not(Manufacturer contains: yes)"), e);
        assertTrue(e.contains("Missing present (absent): no"), e);
        for (String fragment : new String[] {"DOE", "JANE", "jane", "1234567", "GE MEDICAL", "SYSTEMS", "512"}) {
            assertFalse(e.contains(fragment), "explanation leaks " + fragment + ": " + e);
        }
        assertEquals("all(", e.substring(0, 4));
    }
}
