package org.factmark.add;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.factmark.model.DocumentSource;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, Word and Markdown files through {@code factmark add}: the article, the original and the provenance. */
class AddDocumentsTest {
    @TempDir
    Path dir;

    private AddArticle.Added add(String name, byte[] bytes) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in")).resolve(name);
        Files.write(in, bytes);
        Files.createDirectories(dir.resolve("out"));
        return new AddArticle(AddArticle.Options.into(dir.resolve("out"))).add(in.toString());
    }

    @Test
    void aPdfBecomesAnArticleWithItsTitleFirstAndItsOriginalKept() throws Exception {
        PdfFixture pdf = new PdfFixture().page().info("Water Quality Report", "River Trust");
        pdf.body(72, 100, "Samples from the river met the standard", "in nine of ten sites.");
        byte[] bytes = pdf.bytes();

        AddArticle.Added added = add("water.pdf", bytes);

        assertEquals("Water Quality Report\n\nSamples from the river met the standard in nine of ten sites.\n",
                Files.readString(added.article()));
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("out/water.source.pdf")));
        DocumentSource source = SidecarStore.open(added.article()).content().source();
        assertEquals("pdf", source.format());
        assertEquals("Water Quality Report", source.title());
        assertEquals("River Trust", source.byline());
    }

    @Test
    void aWordDocumentAndAMarkdownFileBecomeArticles() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxFixture.paragraph(doc, "Title", "Press Release");
            DocxFixture.paragraph(doc, null, "The company hired 200 people.");
            docx = DocxFixture.bytes(doc);
        }

        Path word = add("release.docx", docx).article();
        Path markdown = add("post.md", "# Post\n\nA *short* [post](https://example.org).\n"
                .getBytes(StandardCharsets.UTF_8)).article();

        assertEquals("Press Release\n\nThe company hired 200 people.\n", Files.readString(word));
        assertEquals("docx", SidecarStore.open(word).content().source().format());
        assertEquals("Post\n\nA short post.\n", Files.readString(markdown));
        assertEquals("md", SidecarStore.open(markdown).content().source().format());
        assertTrue(Files.exists(dir.resolve("out/post.source.md")));
    }

    @Test
    void aScannedPdfIsRefusedWithAHintAndNothingIsWritten() throws Exception {
        byte[] scan = new PdfFixture().page().bytes();

        ExtractionException e = assertThrows(ExtractionException.class, () -> add("scan.pdf", scan));

        assertEquals("the PDF has no text layer (a scanned document?)", e.problem());
        assertTrue(e.hint().contains("OCR"), e.hint());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(), files.toList());
        }
    }
}
