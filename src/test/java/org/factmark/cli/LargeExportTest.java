package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 100,000 annotations on a 32-character article, exported by the command line in a JVM of 256 MB: every format
 * finishes (the time bound is generous, to catch a hang, not to measure) and writes its file. The W3C and HTML
 * exports are written as they are made, not held whole in memory.
 */
class LargeExportTest {
    private static final String TEXT = "Officials said 1,200 people died";
    private static final String[] LABELS = {"quote", "figure", "assertion", "event"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"html", "w3c"})
    void everyFormatExportsAHundredThousandAnnotationsIn256Megabytes(String format) throws Exception {
        Path article = manyAnnotations(100_000, 20261202L);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                FactmarkCli.class.getName(), "export", "--format", format, "--output", out.toString(),
                article.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long t0 = System.nanoTime();
        boolean finished = p.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        String log = Files.readString(dir.resolve("log.txt"));
        System.out.printf("%s: %d ms, exit %s%n", format, (System.nanoTime() - t0) / 1_000_000,
                finished ? p.exitValue() : "none");
        assertTrue(finished, format + " finished within 180 s: " + log);
        assertEquals(0, p.exitValue(), format + ": " + log);
        File[] written = out.toFile().listFiles();
        assertTrue(written != null && written.length > 0 && written[0].length() > 0, format + " wrote its file");
    }

    /** The article and a sidecar of {@code n} seeded random annotations on it; returns the article. */
    private Path manyAnnotations(int n, long seed) throws Exception {
        Path path = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        ArticleText article = ArticleLoader.fromString("a.txt", TEXT);
        Random random = new Random(seed);
        List<Annotation> annotations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(TEXT.length() - 1);
            int end = start + 1 + random.nextInt(TEXT.length() - start);
            String label = LABELS[random.nextInt(LABELS.length)];
            Map<String, Object> attributes = label.equals("assertion")
                    ? Map.of("claimant", "officials", "verdict", "false") : Map.of();
            annotations.add(new Annotation("id-" + i, label, start, end, attributes, i % 10 == 0 ? "note " + i : "",
                    "tester", "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z", Map.of()));
        }
        Files.write(dir.resolve("a.txt.annotations.json"), SidecarWriter.write(new SidecarContent(article,
                annotations, List.of(), Map.of(), Map.of())));
        return path;
    }
}
