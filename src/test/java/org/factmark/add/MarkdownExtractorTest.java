package org.factmark.add;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExtractorTest {
    private static ExtractedArticle read(String markdown) throws ExtractionException {
        return new MarkdownExtractor().extract(markdown.getBytes(StandardCharsets.UTF_8), SourceInfo.file("a.md"));
    }

    @Test
    void theTextKeepsNoMarkup() throws Exception {
        ExtractedArticle article = read("""
                # Mayor *denies* cuts

                The mayor said **on Monday** that the [library budget](https://example.org/budget "b") was
                "not being cut", pointing to `line 42` of the plan.![chart](chart.png) <span>Really.</span>

                > Every branch stays open,
                > she said.

                ## What the plan says

                - opening hours: *unchanged*
                - staff: 120
                  1. full-time: 80
                  2. part-time: 40

                3. first
                4. second

                ```
                total = 4.2m
                ```

                | Year | Budget |
                |------|--------|
                | 2025 | £4.1m  |
                | 2026 | £4.2m  |

                ---
                <div class="note">Figures from the council &amp; its auditors.</div>
                """);

        assertEquals("Mayor denies cuts", article.headline());
        assertEquals(List.of(
                "The mayor said on Monday that the library budget was \"not being cut\", pointing to line 42 of "
                        + "the plan. Really.",
                "Every branch stays open, she said.",
                "What the plan says",
                "• opening hours: unchanged\n• staff: 120\n1. full-time: 80\n2. part-time: 40",
                "3. first\n4. second",
                "total = 4.2m",
                "Year | Budget\n2025 | £4.1m\n2026 | £4.2m",
                "Figures from the council & its auditors."), article.paragraphs());
    }

    @Test
    void frontMatterGivesTheTitleAuthorDateAndLanguage() throws Exception {
        ExtractedArticle article = read("""
                ---
                title: Rents rose 8% in a year
                author: Sam Reporter
                date: 2026-11-30
                lang: en-GB
                ---
                # A heading that is not the title

                Rents rose again.
                """);

        assertEquals("Rents rose 8% in a year", article.headline());
        assertEquals("Rents rose 8% in a year", article.title());
        assertEquals("Sam Reporter", article.byline());
        assertEquals("2026-11-30", article.published());
        assertEquals("en-GB", article.language());
        assertEquals(List.of("A heading that is not the title", "Rents rose again."), article.paragraphs());
    }

    @Test
    void withoutAHeadingTheFirstParagraphLeads() throws Exception {
        ExtractedArticle article = read("Just *one* paragraph.\n");

        assertNull(article.headline());
        assertEquals(List.of("Just one paragraph."), article.paragraphs());
    }
}
