package io.pixelscrub.testdata.synthetic.content;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayFormatsTest {

    @Test
    void namesAppearInTheFormsDevicesPrint() {
        PersonName doe = new PersonName("DOE", "JOHN", "");
        Set<String> seen = new HashSet<>();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 400; i++) {
            seen.add(DisplayFormats.name(doe, r));
        }
        assertTrue(seen.containsAll(Set.of("DOE, JOHN", "John Doe", "DOE JOHN", "DOE^JOHN", "Doe, John", "J. DOE")),
                seen.toString());
    }

    @Test
    void datesAndTimesAppearInManyFormats() {
        LocalDate date = LocalDate.of(1960, 1, 2);
        Set<String> seen = new HashSet<>();
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 600; i++) {
            seen.add(DisplayFormats.date(date, r));
        }
        assertTrue(seen.containsAll(Set.of("01/02/1960", "02-Jan-1960", "1960.01.02", "02 JAN 60", "19600102")),
                seen.toString());
        Set<String> times = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            times.add(DisplayFormats.time(LocalTime.of(14, 5, 9), r));
        }
        assertTrue(times.containsAll(Set.of("14:05:09", "2:05:09 PM", "14:05")), times.toString());
    }

    @Test
    void inventedNamesRarelyRepeat() {
        SplittableRandom r = new SplittableRandom(3);
        Set<String> families = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            families.add(SyllableNames.person(r).family());
        }
        // The hand list adds 8 fixed names; the syllables make nearly every other one new.
        assertTrue(families.size() > 800, families.size() + " distinct of 1000");
    }

    @Test
    void deviceAnnotationsComeFromTemplatesWithRandomNumbers() {
        SplittableRandom r = new SplittableRandom(4);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            seen.add(DeviceAnnotations.one("US", r).text());
        }
        assertTrue(seen.size() > 150, seen.size() + " distinct ultrasound annotations of 300");
        assertTrue(seen.stream().anyMatch(s -> s.matches("MI \\d\\.\\d TIS \\d\\.\\d")), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.matches("\\d+MHz")), seen.toString());
    }
}
