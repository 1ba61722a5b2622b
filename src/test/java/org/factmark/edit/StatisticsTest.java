package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.Annotation;
import org.factmark.model.LabelSet;
import org.junit.jupiter.api.Test;

/** The numbers the statistics window shows, against the bundled schema a fact-checker works with. */
class StatisticsTest {
    private static final LabelSet SCHEMA = LabelSchemaLoader.bundledDefault();

    @Test
    void countsFollowTheSchemaOrderWithZerosAndUnknownLabelsLast() {
        Statistics s = Statistics.of(SCHEMA, List.of(
                annotation("opinion"), annotation("figure"), annotation("quote"), annotation("figure")));

        assertEquals(List.of("quote", "figure", "assertion", "event", "opinion"), List.copyOf(s.byLabel().keySet()));
        assertEquals(List.of(1, 2, 0, 0, 1), List.copyOf(s.byLabel().values()));
    }

    @Test
    void verdictsAreCountedOverTheSchemaValuesMissingOnesAsUnratedAndOthersUnderTheirOwnText() {
        Statistics s = Statistics.of(SCHEMA, List.of(
                assertion("false"), assertion("false"), assertion("accurate"), assertion(null), assertion("  "),
                assertion("unrated"), assertion("half true"), annotation("quote", Map.of("verdict", "false"))));

        assertEquals(List.of("unrated", "accurate", "mostly accurate", "misleading", "false", "unverifiable",
                "half true"), List.copyOf(s.verdicts().keySet()), "schema order first, then the unlisted value");
        assertEquals(List.of(3, 1, 0, 0, 2, 0, 1), List.copyOf(s.verdicts().values()),
                "a quote's verdict-named attribute is not an assertion's verdict");
        assertEquals(7, s.assertions());
        assertEquals(4, s.rated(), "false, false, accurate and the unlisted half true; blank and unrated are not");
        assertEquals("7 assertions, 4 rated", s.progress());
    }

    @Test
    void progressSpeaksInTheSingularForOneAssertion() {
        assertEquals("1 assertion, 0 rated", Statistics.of(SCHEMA, List.of(assertion(null))).progress());
        assertEquals("1 assertion, 1 rated", Statistics.of(SCHEMA, List.of(assertion("misleading"))).progress());
        assertEquals("0 assertions, 0 rated", Statistics.of(SCHEMA, List.of()).progress());
    }

    @Test
    void annotationsMissingARequiredDetailAreCountedOnceEach() {
        Statistics s = Statistics.of(SCHEMA, List.of(
                annotation("quote", Map.of("speaker", "The ministry")),
                annotation("quote", Map.of("kind", "direct")), // no speaker
                annotation("figure"), // neither value nor anything else
                annotation("event", Map.of("date", "2023-10-07")),
                annotation("assertion", Map.of("claimant", "Officials", "verdict", "false")),
                assertion("false"), // no claimant
                annotation("opinion"))); // unknown labels require nothing

        assertEquals(3, s.missingRequired());
    }

    @Test
    void aSchemaWithoutVerdictsOnlyCountsAssertions() {
        Statistics s = Statistics.of(LabelSet.DEFAULT, List.of(assertion("false"), assertion(null),
                annotation("quote")));

        assertFalse(s.hasVerdicts());
        assertTrue(s.verdicts().isEmpty());
        assertEquals(0, s.rated());
        assertEquals(0, s.missingRequired(), "labels without attributes require nothing");
        assertEquals("2 assertions", s.progress());
        assertEquals(List.of(1, 0, 2, 0), List.copyOf(s.byLabel().values()));
    }

    @Test
    void theBundledSchemaOffersVerdictsEvenBeforeAnyAssertion() {
        Statistics s = Statistics.of(SCHEMA, List.of(annotation("quote")));

        assertTrue(s.hasVerdicts());
        assertEquals(0, s.assertions());
        assertTrue(s.verdicts().values().stream().allMatch(n -> n == 0), s.verdicts().toString());
    }

    private static Annotation assertion(String verdict) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("verdict", verdict); // null: the checker has not chosen one
        return annotation("assertion", attributes);
    }

    @Test
    void annotationsAreCountedPerAnnotatorTheMostFirst() {
        Annotation bob = Annotation.create("quote", 0, 5, "bob", "2024-01-01T00:00:00Z");
        Annotation nobody = Annotation.create("quote", 0, 5, "", "2024-01-01T00:00:00Z");
        Statistics s = Statistics.of(SCHEMA, List.of(bob, annotation("figure"), nobody, annotation("quote"), bob));

        assertEquals(List.of("bob", "tester", ""), List.copyOf(s.byCreator().keySet()), "ties by name");
        assertEquals(List.of(2, 2, 1), List.copyOf(s.byCreator().values()));
    }

    private static Annotation annotation(String label) {
        return annotation(label, Map.of());
    }

    private static Annotation annotation(String label, Map<String, Object> attributes) {
        return Annotation.create(label, 0, 5, "tester", "2024-01-01T00:00:00Z")
                .withAttributes(attributes, "2024-01-01T00:00:00Z");
    }
}
