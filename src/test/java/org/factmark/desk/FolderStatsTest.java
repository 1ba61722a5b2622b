package org.factmark.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factmark.model.DocumentStatus;
import org.junit.jupiter.api.Test;

class FolderStatsTest {
    private static DeskEntry entry(String name, String date, DocumentStatus status, Map<String, Integer> labels,
                                   Map<String, Integer> verdicts) {
        int assertions = labels.getOrDefault("assertion", 0);
        int rated = assertions - verdicts.getOrDefault("unrated", 0);
        return new DeskEntry(Path.of(name), null, null, null, date, status, labels, assertions, rated, verdicts,
                null);
    }

    @Test
    void sumsTheArticlesAndPutsTheVerdictsUnderTheirArticlesMonth() {
        List<DeskEntry> entries = List.of(
                entry("a.txt", "2024-05-02", new DocumentStatus("checked", null, null),
                        Map.of("assertion", 3, "quote", 2), Map.of("false", 2, "unrated", 1)),
                entry("b.txt", "2024-05-30T08:00:00Z", new DocumentStatus("published", null, null),
                        Map.of("assertion", 1), Map.of("accurate", 1)),
                entry("c.txt", "2023-11-01", null, Map.of("assertion", 2), Map.of("false", 2)),
                entry("d.txt", "last Tuesday", null, Map.of("assertion", 1), Map.of("accurate", 1)),
                entry("e.txt", null, null, Map.of(), Map.of()),
                DeskEntry.broken(Path.of("f.txt"), null, "its sidecar is broken"));
        FolderStats stats = FolderStats.of(entries, Statuses.standard());
        assertEquals(6, stats.articles());
        assertEquals(1, stats.broken());
        assertEquals(7, stats.assertions());
        assertEquals(6, stats.rated());
        assertEquals(Map.of("assertion", 7, "quote", 2), stats.byLabel());
        assertEquals(Map.of("false", 4, "unrated", 1, "accurate", 2), stats.verdicts());
        assertEquals(List.of("new", "in progress", "checked", "published"),
                List.copyOf(stats.byStatus().keySet()));
        assertEquals(List.of(1, 2, 1, 1), List.copyOf(stats.byStatus().values()));
        assertEquals(2, stats.done());
        assertEquals(List.of("2023-11", "2024-05", FolderStats.UNDATED),
                List.copyOf(stats.verdictsByMonth().keySet()));
        assertEquals(Map.of("false", 2, "unrated", 1, "accurate", 1), stats.verdictsByMonth().get("2024-05"));
        assertEquals(Map.of("accurate", 1), stats.verdictsByMonth().get(FolderStats.UNDATED));
    }

    @Test
    void readsTheMonthOfIsoDatesOnly() {
        assertEquals("2024-05", FolderStats.month("2024-05-02T10:00:00+02:00"));
        assertEquals("2024", FolderStats.month("2024"));
        assertNull(FolderStats.month("2024-13-01"));
        assertNull(FolderStats.month("May 2, 2024"));
        assertNull(FolderStats.month(null));
    }
}
