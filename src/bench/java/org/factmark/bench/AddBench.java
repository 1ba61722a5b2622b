package org.factmark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factmark.add.AddArticle;
import org.factmark.add.ExtractionException;

/**
 * the benchmark's {@code add}: adding a typical news page, a generated one of about 190 KB (scripts and styles
 * inline, a menu of 300 links, JSON-LD, an article of 14 paragraphs among adverts and related lists), from
 * the file to its three files on disk, after a warm-up; and the same page's reading alone (parse, find the
 * article, make the text), without the writes.
 */
final class AddBench {
    private AddBench() {
    }

    static Map<String, Object> measure(Path folder, int repeats) throws IOException {
        Path page = folder.resolve("news-page.html");
        Files.writeString(page, newsPage(new Random(7)), StandardCharsets.UTF_8);
        long size = Files.size(page);
        System.out.printf("%nadd: a news page of %,d bytes%n", size);
        Path out = Files.createDirectories(folder.resolve("added"));
        AddArticle adder = new AddArticle(AddArticle.Options.into(out));
        List<Long> add = Rounds.measure(Math.max(repeats, 10), () -> {
            long start = System.nanoTime();
            try {
                AddArticle.Added added = adder.add(page.toString());
                long took = System.nanoTime() - start;
                Files.delete(added.article());
                Files.delete(added.original());
                Files.delete(added.sidecar());
                return took;
            } catch (ExtractionException e) {
                throw new IllegalStateException("the generated page was refused: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] bytes = Files.readAllBytes(page);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Long> readCpu = new ArrayList<>();
        List<Long> read = Rounds.measure(Math.max(repeats, 10), () -> {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            try {
                org.factmark.add.Extractors.forFormat("html").orElseThrow()
                        .extract(bytes, org.factmark.add.SourceInfo.file("news-page.html"));
            } catch (ExtractionException e) {
                throw new IllegalStateException(e);
            }
            readCpu.add(cpu.getCurrentThreadCpuTime() - cpuStart); // the work itself, whatever else the machine runs
            return System.nanoTime() - start;
        });
        Stats c = Stats.of(readCpu.subList(readCpu.size() - read.size(), readCpu.size()));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", "add news page");
        row.put("bytes", size);
        Stats a = Stats.of(add);
        Stats r = Stats.of(read);
        row.put("add median ms", a.median());
        row.put("add max ms", a.max());
        row.put("read median ms", r.median());
        row.put("read CPU median ms", c.median());
        System.out.printf("  %-22s median %8.1f ms   (%.1f–%.1f, n=%d)%n", "add (to 3 files)", a.median(), a.min(),
                a.max(), a.n());
        System.out.printf("  %-22s median %8.1f ms   (%.1f–%.1f, n=%d)%n", "read (no writes)", r.median(), r.min(),
                r.max(), r.n());
        System.out.printf("  %-22s median %8.1f ms   (%.1f–%.1f, n=%d)%n", "read (thread CPU time)", c.median(),
                c.min(), c.max(), c.n());
        return row;
    }

    /** A news page as big sites serve it: most of its bytes are not the article. */
    static String newsPage(Random random) {
        StringBuilder s = new StringBuilder(220_000);
        s.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Councils warn of cuts as ")
                .append("budgets tighten | The Example Post</title>")
                .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Councils ")
                .append("warn of cuts as budgets tighten\",\"datePublished\":\"2024-04-02T07:00:00Z\",\"author\":")
                .append("{\"name\":\"Sam Reyes\"},\"publisher\":{\"name\":\"The Example Post\"}}</script>");
        for (int i = 0; i < 20; i++) {
            s.append("<script>").append(words(random, 900, "var x").replace(' ', ';')).append("</script>");
            s.append("<style>").append(".c").append(i).append("{margin:0;padding:0}".repeat(120)).append("</style>");
        }
        s.append("</head><body><div class=\"cookie-banner\"><p>We use cookies.</p></div><header><nav><ul>");
        for (int i = 0; i < 300; i++) {
            s.append("<li><a href=\"/section/").append(i).append("\">").append(words(random, 3, "")).append("</a></li>");
        }
        s.append("</ul></nav></header><main><article><h1>Councils warn of cuts as budgets tighten</h1>")
                .append("<div class=\"byline\">By Sam Reyes</div><div class=\"article-body\">");
        for (int p = 0; p < 14; p++) {
            s.append("<p>").append(words(random, 70, "")).append(", officials said.</p>");
            if (p % 4 == 3) {
                s.append("<div class=\"ad-slot\"><span>Advertisement</span></div><aside class=\"related\"><ul>");
                for (int r = 0; r < 6; r++) {
                    s.append("<li><a href=\"/r\">").append(words(random, 9, "")).append("</a></li>");
                }
                s.append("</ul></aside>");
            }
        }
        s.append("</div></article><section class=\"most-read\"><ol>");
        for (int i = 0; i < 40; i++) {
            s.append("<li><a href=\"/m\">").append(words(random, 12, "")).append("</a></li>");
        }
        s.append("</ol></section></main><footer>").append(words(random, 200, "")).append("</footer></body></html>");
        return s.toString();
    }

    private static final String[] WORDS = ("the council budget year said would could services local funding "
            + "government cuts social care housing report million pounds spending residents plan tax rise "
            + "schools roads library staff pressure").split(" ");

    private static String words(Random random, int n, String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (int i = 0; i < n; i++) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(WORDS[random.nextInt(WORDS.length)]);
            if (i % 11 == 10) {
                s.append(',');
            }
        }
        return s.toString();
    }
}
