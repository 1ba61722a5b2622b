package org.factmark.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.AttributeDef;
import org.factmark.model.DocumentSource;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.model.Lanes;
import org.factmark.model.LineIndex;
import org.factmark.model.NumberText;
import org.factmark.model.SpanOrder;
import org.factmark.model.TextDirection;

/**
 * A printable report, one self-contained {@code NAME.html} per article (inline CSS, no scripts, nothing
 * fetched): the article with its highlights drawn as in the app — lane 0 of {@link Lanes} a tinted
 * background, lane 1 a 3px underline, lane 2 a box, deeper lanes a dotted underline, in the label's colour —
 * a legend with each label's colour and count, and a table of every annotation with its position, details
 * and note. Every piece of text is HTML-escaped. Blank-line-separated paragraphs become {@code <p>}, single
 * line breaks {@code <br>}.
 */
public final class HtmlReport implements Exporter {
    /** How many characters are gathered before they are written out. */
    static final int CHUNK = 1 << 16;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String NEUTRAL = "#8C8C8C";
    private static final String CSS = """
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact;box-sizing:border-box}
            body{font:17px/1.65 Georgia,'Times New Roman','Noto Serif',Vazirmatn,'Noto Sans Arabic','Noto Sans Hebrew',\
            'Noto Sans Devanagari','Noto Sans CJK SC','Droid Sans Fallback','Noto Emoji',serif;\
            max-width:50rem;margin:2rem auto;padding:0 1rem;\
            color:#1a1a1a;background:#fff}
            h1{font-size:1.6rem;margin:0 0 .25rem;overflow-wrap:anywhere}
            h2{font:600 1.05rem system-ui,sans-serif;margin:2rem 0 .6rem;border-bottom:1px solid #ccc}
            .meta,.legend,table{font-family:system-ui,sans-serif}
            .meta{color:#555;font-size:.85rem;margin:0}
            .article p{margin:0 0 1em}
            mark{background:none;color:inherit;padding:0 0 1px}
            mark.lane0{background:var(--t)}
            mark.lane1{border-bottom:3px solid var(--c)}
            mark.lane2{outline:1.5px solid var(--c);outline-offset:1px}
            mark.lane3{border-bottom:2px dotted var(--c)}
            .legend ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4rem 1.5rem}
            .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;background:var(--c);\
            vertical-align:-.1em;margin-right:.4em}
            .count{color:#555}
            table{border-collapse:collapse;width:100%;font-size:.85rem}
            th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
            td.pre{white-space:pre-wrap;overflow-wrap:anywhere}
            @media print{body{max-width:none;margin:0;font-size:11pt}h2{break-after:avoid}\
            tr{break-inside:avoid}a{color:inherit}}
            """;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String description() {
        return "HTML report, NAME.html per article: the highlighted article, a legend and a table of every "
                + "annotation; self-contained and printable";
    }

    @Override
    public boolean combines() {
        return false;
    }

    @Override
    public ExportResult export(List<ExportInput> articles) {
        List<ExportResult.OutputFile> files = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int orphans = 0;
        for (ExportInput input : articles) {
            String stem = ArticleOutputs.uniqueStem(input, taken);
            files.add(new ExportResult.OutputFile(stem + ".html", out -> write(input, out)));
            orphans += input.content().orphans().size();
        }
        String orphanLine = ArticleOutputs.orphansLost(orphans);
        return new ExportResult(files, orphanLine == null ? List.of() : List.of(orphanLine));
    }

    /** The report, written as it is made: the text goes out in pieces of about {@value #CHUNK} characters. */
    private static void write(ExportInput input, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            html(input, w);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    /** Moves what {@code h} holds to {@code w} once it holds {@value #CHUNK} characters or more. */
    static void spill(StringBuilder h, Writer w) {
        if (h.length() >= CHUNK) {
            try {
                w.append(h);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            h.setLength(0);
        }
    }

    private static void html(ExportInput input, Writer w) throws IOException {
        ArticleText article = input.content().article();
        LabelSet labels = input.labels();
        String file = ArticleOutputs.fileName(input);
        DocumentSource source = Provenance.of(input);
        String name = Provenance.known(source.title()).orElse(file);
        List<Annotation> sorted = new ArrayList<>(input.content().annotations());
        sorted.sort(SpanOrder.ORDER);
        Map<String, Integer> lanes = Lanes.assign(sorted);
        Map<String, Integer> counts = new LinkedHashMap<>();
        labels.labels().forEach(l -> counts.put(l.id(), 0));
        sorted.forEach(a -> counts.merge(a.label(), 1, Integer::sum));
        List<String> classes = new ArrayList<>(counts.keySet());

        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(name)).append(" — Factmark annotations</title>\n<style>\n").append(CSS);
        for (int i = 0; i < classes.size(); i++) {
            String colour = colour(labels, classes.get(i));
            h.append(".c").append(i).append("{--c:").append(colour).append(";--t:").append(tint(colour))
                    .append("}\n");
        }
        h.append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(name)).append("</h1>\n");
        provenance(h, input, source);
        h.append("<p class=\"meta\">").append(name.equals(file) ? "" : esc(file) + " · ")
                .append(ArticleOutputs.plural(sorted.size(), "annotation")).append(" · ")
                .append(article.codePoints()).append(" characters · labels ").append(esc(labels.id()))
                .append(" v").append(labels.version()).append(" · text SHA-256 <code>")
                .append(esc(article.sha256())).append("</code></p>\n</header>\n");

        h.append("<section class=\"legend\">\n<h2>Labels</h2>\n<ul>\n");
        for (int i = 0; i < classes.size(); i++) {
            h.append("<li class=\"c").append(i).append("\"><span class=\"swatch\"></span>")
                    .append(esc(labels.nameOf(classes.get(i)))).append(" <span class=\"count\">")
                    .append(counts.get(classes.get(i))).append("</span></li>\n");
        }
        h.append("</ul>\n</section>\n<section>\n<h2>Article</h2>\n<div class=\"article\"");
        Provenance.known(source.language()).ifPresent(lang -> h.append(" lang=\"").append(esc(lang)).append('"'));
        TextDirection chosen = TextDirection.in(input.content().documentExtra());
        Optional<String> direction = chosen == TextDirection.AUTO ? Provenance.known(source.direction())
                : Optional.of(chosen.jsonName());
        direction.ifPresent(dir -> h.append(" dir=\"").append(esc(dir)).append('"'));
        h.append(">\n");
        boolean auto = chosen == TextDirection.AUTO && (direction.isPresent() || Marks.hasRightToLeft(article.text()));
        new Marks(h, w, labels, classes, lanes).autoDirection(auto).render(article.text(), sorted);
        h.append("</div>\n</section>\n");
        table(h, w, article, labels, sorted, classes);
        w.append(h.append("</body>\n</html>\n"));
    }

    /** "By … · Site · published … · the address", each part where the sidecar's provenance knows it. */
    private static void provenance(StringBuilder h, ExportInput input, DocumentSource source) {
        List<String> parts = new ArrayList<>();
        Provenance.known(source.byline()).ifPresent(b -> parts.add("By " + esc(b)));
        Provenance.known(source.site()).ifPresent(site -> parts.add(esc(site)));
        Provenance.known(source.published()).ifPresent(date -> parts.add("published " + esc(date)));
        ArticleOutputs.webAddress(input).ifPresent(url -> parts.add("<a href=\"" + esc(url) + "\">" + esc(url) + "</a>"));
        if (!parts.isEmpty()) {
            h.append("<p class=\"meta source\">").append(String.join(" · ", parts)).append("</p>\n");
        }
    }

    private static void table(StringBuilder h, Writer w, ArticleText article, LabelSet labels, List<Annotation> sorted,
                              List<String> classes) {
        LineIndex lines = new LineIndex(article.text());
        h.append("<section>\n<h2>Annotations</h2>\n<table>\n<thead><tr><th>#</th><th>Label</th><th>Text</th>"
                + "<th>Line:col</th><th>Details</th><th>Note</th></tr></thead>\n<tbody>\n");
        int n = 0;
        for (Annotation a : sorted) {
            h.append("<tr><td>").append(++n).append("</td><td class=\"c").append(classes.indexOf(a.label()))
                    .append("\"><span class=\"swatch\"></span>").append(esc(labels.nameOf(a.label())))
                    .append("</td><td class=\"pre\">")
                    .append(esc(article.text().substring(a.start(), Math.min(a.end(), article.length()))))
                    .append("</td><td>").append(lines.line(a.start()) + 1).append(':')
                    .append(lines.column(a.start()) + 1).append("</td><td class=\"pre\">");
            boolean first = true;
            for (Map.Entry<String, Object> e : a.attributes().entrySet()) {
                String attrName = labels.byId(a.label()).flatMap(d -> d.attribute(e.getKey()))
                        .map(AttributeDef::name).orElse(e.getKey());
                h.append(first ? "" : "\n").append(esc(attrName)).append(": ");
                value(h, e.getValue());
                first = false;
            }
            h.append("</td><td class=\"pre\">").append(esc(a.note())).append("</td></tr>\n");
            spill(h, w);
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void value(StringBuilder h, Object v) {
        if (v instanceof Collection<?> c) {
            boolean first = true;
            for (Object o : c) {
                h.append(first ? "" : "\n");
                value(h, o);
                first = false;
            }
        } else if (v instanceof String s && s.matches("(?i)https?://\\S+")) {
            h.append("<a href=\"").append(esc(s)).append("\">").append(esc(s)).append("</a>");
        } else if (v instanceof Boolean b) {
            h.append(b ? "yes" : "no");
        } else if (v instanceof Number n) {
            h.append(esc(NumberText.of(n)));
        } else {
            h.append(esc(String.valueOf(v)));
        }
    }

    /** The label's colour if it is a plain hex colour, else a neutral grey (as for labels the schema lacks). */
    private static String colour(LabelSet labels, String label) {
        return labels.byId(label).map(LabelDef::colour).filter(c -> c != null && COLOUR.matcher(c).matches())
                .orElse(NEUTRAL);
    }

    /** The colour at 30% over white: the lane-0 background tint. */
    static String tint(String colour) {
        StringBuilder out = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int c = Integer.parseInt(colour.substring(i, i + 2), 16);
            out.append(String.format(java.util.Locale.ROOT, "%02x", Math.round(c * 0.3f + 255 * 0.7f)));
        }
        return out.toString();
    }

    /** HTML-escapes text for element content and quoted attribute values alike. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escTo(out, s);
        return out.toString();
    }

    static void escTo(StringBuilder out, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
