package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The baseline's word matching: header values split into words, dates in printed forms, date and time patterns. */
class PresidioLikeBaselineTest {

    private static HeaderView header(Map<String, List<String>> values) {
        return new HeaderView() {
            @Override
            public List<String> values(String keyword) {
                return values.getOrDefault(keyword, List.of());
            }

            @Override
            public boolean contains(String keyword) {
                return values.containsKey(keyword);
            }

            @Override
            public List<Box> ultrasoundRegions() {
                return List.of();
            }
        };
    }

    private final Set<String> deny = PresidioLikeBaseline.denyWords(header(Map.of(
            "PatientName", List.of("Vulsen^Steihyl^Q"), "PatientID", List.of("98-34-39-567644"),
            "StudyDate", List.of("20050401"), "InstitutionName", List.of("Fofygo General Hospital"),
            "Manufacturer", List.of("ACME"))));

    @Test
    void headerValuesMatchAsWordsWhateverTheCaseAndPunctuation() {
        assertTrue(PresidioLikeBaseline.isPhi("VULSEN,", deny));
        assertTrue(PresidioLikeBaseline.isPhi("Steihyl", deny));
        assertTrue(PresidioLikeBaseline.isPhi("98-34-39-567644", deny));
        assertTrue(PresidioLikeBaseline.isPhi("Fofygo", deny));
        assertFalse(PresidioLikeBaseline.isPhi("Q", deny), "one-letter parts are not words of their own");
        assertFalse(PresidioLikeBaseline.isPhi("ACME", deny), "the manufacturer is not on the PHI list");
        assertFalse(PresidioLikeBaseline.isPhi("Gain", deny));
    }

    @Test
    void matchedWordsSideBySideOnALineBecomeOneBox() {
        Box family = new Box(12, 13, 135, 34);
        Box given = new Box(162, 17, 52, 15);      // the next word of the name, 15 px on
        Box below = new Box(12, 60, 100, 20);      // another line
        Box far = new Box(400, 17, 60, 15);        // on the line, but further than a line height away
        List<Box> joined = PresidioLikeBaseline.joinNeighbours(List.of(family, given, below, far));
        assertEquals(List.of(family.union(given), below, far), joined);
    }

    @Test
    void datesAndTimesMatchByPatternAndHeaderDatesInPrintedForms() {
        assertTrue(deny.contains("01/04/2005") && deny.contains("2005-04-01") && deny.contains("01-APR-2005"));
        assertTrue(PresidioLikeBaseline.isPhi("12/31/1999", deny));
        assertTrue(PresidioLikeBaseline.isPhi("07:28", deny));
        assertTrue(PresidioLikeBaseline.isPhi("28-AUG-18", deny));
        assertFalse(PresidioLikeBaseline.isPhi("1.5", deny), "a reading like a depth is not a date");
    }
}
