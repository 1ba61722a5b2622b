package org.factmark.ui.add;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a drop on the window adds: links and documents; a text article dropped is opened, as before. */
class DroppedSourceTest {
    @Test
    void aWebPagePdfOrWordFileIsAddedAndATextOrMarkdownArticleIsNot() {
        for (String name : List.of("page.html", "page.HTM", "report.pdf", "memo.docx")) {
            File file = new File("/tmp/in", name);
            assertEquals(Optional.of(file.getAbsolutePath()),
                    AddArticleController.droppedSource(List.of(file), null, null));
        }
        for (String name : List.of("speech.txt", "notes.md", "photo.png")) {
            assertEquals(Optional.empty(), AddArticleController.droppedSource(List.of(new File(name)), null, null),
                    name);
        }
    }

    @Test
    void aLinkIsAddedByItsAddressWhetherDroppedAsALinkOrAsText() {
        String url = "https://news.example/2026/story";
        assertEquals(Optional.of(url), AddArticleController.droppedSource(List.of(), url, "Story title"));
        assertEquals(Optional.of(url), AddArticleController.droppedSource(List.of(), null, "  " + url + "\n"));
        assertEquals(Optional.empty(), AddArticleController.droppedSource(List.of(), null, "just some words"));
        assertEquals(Optional.empty(), AddArticleController.droppedSource(List.of(), "ftp://files.example/a", null));
    }
}
