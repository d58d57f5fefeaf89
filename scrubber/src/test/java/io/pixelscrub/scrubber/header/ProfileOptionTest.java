package io.pixelscrub.scrubber.header;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileOptionTest {

    @Test
    void everyOptionParsesFromItsPs315NameItsCliNameAndItsCode() {
        for (ProfileOption o : ProfileOption.values()) {
            assertEquals(o, ProfileOption.parse(o.meaning()));
            assertEquals(o, ProfileOption.parse(o.meaning().replace(" Option", "")));
            assertEquals(o, ProfileOption.parse(o.cliName()));
            assertEquals(o, ProfileOption.parse(o.code()));
            assertEquals(o, ProfileOption.parse(o.name()));
        }
        assertEquals(ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES,
                ProfileOption.parse("Retain Longitudinal Temporal Information with Modified Dates Option"));
        assertThrows(IllegalArgumentException.class, () -> ProfileOption.parse("Retain Everything"));
    }

    @Test
    void codesAreCid7050InOrderAndEveryColumnExistsInTheTable() {
        int expected = 113101;
        for (ProfileOption o : ProfileOption.values()) {
            assertEquals(String.valueOf(expected++), o.code());
            assertTrue(o.meaning().length() <= 64, "DeidentificationMethod is LO: " + o);
            o.column().ifPresent(c -> assertTrue(ProfileTable.standard().rows().stream().anyMatch(r -> r.code(c) != null),
                    "no row has a cell in column " + c));
        }
        assertEquals(113112, expected - 1);
    }

    @Test
    void fullAndModifiedDatesExcludeEachOther() {
        assertThrows(IllegalArgumentException.class, () -> ProfileOptions.parse(
                List.of("retain-longitudinal-temporal-information-full-dates", "Retain Longitudinal Temporal Information Modified Dates")));
        assertEquals(Set.of(ProfileOption.RETAIN_UIDS, ProfileOption.CLEAN_GRAPHICS),
                ProfileOptions.parse(List.of("Retain UIDs", "clean-graphics")).chosen());
    }
}
