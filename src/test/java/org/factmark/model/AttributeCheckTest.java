package org.factmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeCheckTest {
    private static AttributeDef def(AttributeType type, boolean required, String... values) {
        return new AttributeDef("x", "X", type, required, List.of(values), false, false, "");
    }

    @Test
    void numbersAreStoredAsNumbersWhenTheyParseAndKeptAsTypedWhenNot() {
        AttributeDef number = def(AttributeType.NUMBER, true);
        assertEquals(1200L, AttributeCheck.fromInput(number, " 1,200 "));
        assertEquals(new BigDecimal("12.5"), AttributeCheck.fromInput(number, "12.5"));
        assertEquals("twelve", AttributeCheck.fromInput(number, "twelve"));
        assertTrue(AttributeCheck.problem(number, "twelve").orElseThrow().contains("not a number"));
        assertTrue(AttributeCheck.problem(number, 1200L).isEmpty());
        assertEquals("X is required", AttributeCheck.problem(number, null).orElseThrow());
    }

    @Test
    void datesAreIsoWhereKnownAndFlaggedOtherwise() {
        AttributeDef date = def(AttributeType.DATE, false);
        for (String ok : List.of("2023-10-07", "2023-10", "1979", "2023-10-07/2023-11-19")) {
            assertTrue(AttributeCheck.problem(date, ok).isEmpty(), ok);
        }
        assertTrue(AttributeCheck.problem(date, "last Sunday").orElseThrow().contains("not an ISO 8601 date"));
        assertTrue(AttributeCheck.problem(date, "2023-13-01").isPresent());
        assertTrue(AttributeCheck.problem(date, null).isEmpty(), "optional and empty is fine");
    }

    @Test
    void urlListsAndChoices() {
        AttributeDef urls = def(AttributeType.URLS, false);
        Object list = AttributeCheck.fromInput(urls, "https://a.example/x\nhttp://b.example");
        assertEquals(List.of("https://a.example/x", "http://b.example"), list);
        assertTrue(AttributeCheck.problem(urls, list).isEmpty());
        assertTrue(AttributeCheck.problem(urls, List.of("www.example.com")).orElseThrow().contains("not a web address"));
        AttributeDef choice = def(AttributeType.CHOICE, false, "accurate", "false");
        assertTrue(AttributeCheck.problem(choice, "accurate").isEmpty());
        assertTrue(AttributeCheck.problem(choice, "maybe").isPresent());
        assertEquals("https://a.example/x\nhttp://b.example", AttributeCheck.toInput(list));
    }

    @Test
    void urlEntriesAreKeptAsTypedOnePerLineAndEveryBadOneIsNamed() {
        AttributeDef urls = def(AttributeType.URLS, false);
        Object list = AttributeCheck.fromInput(urls, "see report\n https://a.example/x \n\nministry site\n");
        assertEquals(List.of("see report", "https://a.example/x", "ministry site"), list);
        String problem = AttributeCheck.problem(urls, list).orElseThrow();
        assertTrue(problem.contains("“see report”") && problem.contains("“ministry site”"), problem);
        assertFalse(problem.contains("a.example"), problem);
    }

    @Test
    void missingRequiredDetailsAreFoundPerLabel() {
        LabelSet labels = new LabelSet(List.of(new LabelDef("figure", "Figure", "#E69F00", 2,
                List.of(def(AttributeType.NUMBER, true)))));
        Annotation bare = new Annotation("a", "figure", 0, 1, Map.of(), "", "", "", "", Map.of());
        Annotation done = bare.withAttributes(Map.of("x", 5L), "");
        assertTrue(AttributeCheck.missingRequired(labels, bare));
        assertFalse(AttributeCheck.missingRequired(labels, done));
        assertFalse(AttributeCheck.missingRequired(labels, new Annotation("b", "other", 0, 1, null, null, null,
                null, null, null)), "a label the schema does not know has no required details");
    }
}
