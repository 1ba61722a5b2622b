package org.factmark.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.AttributeDef;
import org.factmark.model.AttributeType;
import org.factmark.model.CodePoints;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.model.SpanOrder;

/**
 * brat's standoff format (https://brat.nlplab.org/standoff.html), both ways.
 *
 * <p>Export writes, per article, {@code NAME.ann} and the article's normalised text as {@code NAME.txt}, NAME
 * being the article's name without {@code .txt} ({@code notes.txt} → {@code notes}; {@code notes.md} keeps its
 * {@code .md}, so its copy never replaces a {@code notes.txt} beside it) (brat
 * pairs the two by name and counts code points into the {@code .txt} as it is on disk, so the offsets only
 * hold for the LF-normalised text without BOM — the original file may differ), plus one
 * {@code annotation.conf} for all articles. Each annotation is a text-bound {@code T} line with code-point
 * offsets; a span holding line breaks becomes brat fragments {@code START END;START END} split at them (a
 * {@code T} line's text cannot hold a newline; brat joins fragment texts with a space). Notes are
 * {@code AnnotatorNotes}; one-of (choice) details are attributes, with spaces in names and values written as
 * {@code _}. Other details have no place in brat and are reported as lost. Import reads {@code T}, {@code A}
 * and {@code #} lines back (see {@link BratReader}). Write the export into a folder of its own: the
 * {@code .txt} it holds is a copy of the article.
 */
public final class BratFormat implements Exporter, Importer {
    /** The conf's name, fixed by brat. */
    public static final String CONF = "annotation.conf";

    @Override
    public String name() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff: NAME.ann with the normalised NAME.txt per article, and one annotation.conf "
                + "(spans, notes and one-of details; other details are not carried)";
    }

    @Override
    public boolean combines() {
        return false;
    }

    @Override
    public String importDescription() {
        return "brat standoff NAME.ann of this article: its spans (T lines), notes (#) and one-of details (A)";
    }

    @Override
    public ImportResult read(byte[] source, ArticleText article, LabelSet labels) throws FormatException {
        return BratReader.read(source, article, labels);
    }

    @Override
    public ExportResult export(List<ExportInput> articles) {
        Map<String, LabelDef> labels = new LinkedHashMap<>();
        Set<String> types = new LinkedHashSet<>();
        for (ExportInput input : articles) {
            input.labels().labels().forEach(def -> labels.putIfAbsent(def.id(), def));
        }
        labels.keySet().forEach(id -> types.add(type(id)));
        articles.forEach(input -> input.content().annotations().forEach(a -> types.add(type(a.label()))));
        Map<String, Map<String, String>> names = attributeNames(labels.values());

        Losses losses = new Losses();
        List<ExportResult.OutputFile> files = new ArrayList<>();
        files.add(new ExportResult.OutputFile(CONF, utf8(conf(types, labels.values(), names))));
        Set<String> taken = new HashSet<>();
        for (ExportInput input : articles) {
            String stem = ArticleOutputs.uniqueStem(input, taken, ".txt");
            ArticleText article = input.content().article();
            files.add(new ExportResult.OutputFile(stem + ".ann", utf8(ann(input, names, losses))));
            files.add(new ExportResult.OutputFile(stem + ".txt", utf8(article.text())));
            losses.orphans += input.content().orphans().size();
        }
        return new ExportResult(files, losses.lines());
    }

    private static String ann(ExportInput input, Map<String, Map<String, String>> names, Losses losses) {
        String text = input.content().article().text();
        CodePoints cp = CodePoints.of(text);
        List<Annotation> sorted = new ArrayList<>(input.content().annotations());
        sorted.sort(SpanOrder.ORDER);
        StringBuilder out = new StringBuilder();
        int t = 0;
        int attr = 0;
        int note = 0;
        for (Annotation a : sorted) {
            List<int[]> fragments = fragments(text, a.start(), Math.min(a.end(), text.length()));
            if (fragments.isEmpty()) {
                losses.breaksOnly++;
                continue;
            }
            if (fragments.get(0)[0] != a.start() || fragments.get(fragments.size() - 1)[1] != a.end()) {
                losses.trimmed++;
            }
            losses.annotations++;
            String tid = "T" + ++t;
            out.append(tid).append('\t').append(type(a.label())).append(' ');
            out.append(fragments.stream().map(f -> cp.toCodePoint(f[0]) + " " + cp.toCodePoint(f[1]))
                    .collect(Collectors.joining(";")));
            out.append('\t').append(fragments.stream().map(f -> text.substring(f[0], f[1]))
                    .collect(Collectors.joining(" "))).append('\n');
            LabelDef def = input.labels().byId(a.label()).orElse(null);
            for (Map.Entry<String, Object> e : a.attributes().entrySet()) {
                String bratName = names.getOrDefault(a.label(), Map.of()).get(e.getKey());
                AttributeDef ad = def == null ? null : def.attribute(e.getKey()).orElse(null);
                boolean choice = ad != null && ad.type() == AttributeType.CHOICE && bratName != null;
                if (choice && e.getValue() instanceof String s && !s.isBlank()) {
                    out.append('A').append(++attr).append('\t').append(bratName).append(' ').append(tid)
                            .append(' ').append(value(s)).append('\n');
                } else if (!isEmpty(e.getValue())) {
                    losses.attributes.merge(e.getKey(), 1, Integer::sum);
                }
            }
            if (!a.note().isEmpty()) {
                String oneLine = a.note().replaceAll("\r\n|[\r\n]", " ");
                if (!oneLine.equals(a.note())) {
                    losses.noteBreaks++;
                }
                out.append('#').append(++note).append("\tAnnotatorNotes ").append(tid).append('\t')
                        .append(oneLine).append('\n');
            }
        }
        return out.toString();
    }

    /** The runs of {@code [start, end)} between line breaks, as UTF-16 ranges; empty runs left out. */
    static List<int[]> fragments(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n') {
                if (i > from) {
                    out.add(new int[] {from, i});
                }
                from = i + 1;
            }
        }
        return out;
    }

    private static String conf(Set<String> types, Collection<LabelDef> labels,
                               Map<String, Map<String, String>> names) {
        StringBuilder out = new StringBuilder("# brat configuration written by Factmark: one entity type per label,"
                + " one-of details as attributes (spaces written as _).\n[entities]\n");
        types.forEach(t -> out.append(t).append('\n'));
        out.append("\n[relations]\n\n[events]\n\n[attributes]\n");
        for (LabelDef def : labels) {
            for (AttributeDef ad : def.attributes()) {
                String name = names.getOrDefault(def.id(), Map.of()).get(ad.id());
                if (name != null) {
                    out.append(name).append("\tArg:").append(type(def.id())).append(", Value:")
                            .append(ad.values().stream().map(BratFormat::value).collect(Collectors.joining("|")))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * brat's attribute name for each one-of detail, by label id and attribute id: the attribute id, or
     * {@code label_attribute} when several labels have a one-of detail with that id (brat's attribute names
     * are global; the default labels' quote and figure both have a "kind").
     */
    static Map<String, Map<String, String>> attributeNames(Collection<LabelDef> labels) {
        Map<String, Integer> uses = new HashMap<>();
        labels.forEach(def -> choices(def).forEach(ad -> uses.merge(ad.id(), 1, Integer::sum)));
        Map<String, Map<String, String>> names = new HashMap<>();
        for (LabelDef def : labels) {
            for (AttributeDef ad : choices(def)) {
                String name = uses.get(ad.id()) > 1 ? type(def.id()) + "_" + type(ad.id()) : type(ad.id());
                names.computeIfAbsent(def.id(), k -> new HashMap<>()).put(ad.id(), name);
            }
        }
        return names;
    }

    private static List<AttributeDef> choices(LabelDef def) {
        return def.attributes().stream()
                .filter(ad -> ad.type() == AttributeType.CHOICE && !ad.values().isEmpty()).toList();
    }

    /** A label id as a brat type: brat types cannot hold whitespace. */
    static String type(String labelId) {
        return labelId.replaceAll("\\s", "_");
    }

    /** An attribute value as brat writes it: no whitespace, and no {@code |} or {@code ,} (the conf's separators). */
    static String value(String v) {
        return v.strip().replaceAll("[\\s|,]", "_");
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof String s && s.isBlank() || v instanceof Collection<?> c && c.isEmpty();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What the export could not carry, counted over every article. */
    private static final class Losses {
        final Map<String, Integer> attributes = new TreeMap<>();
        int annotations;
        int noteBreaks;
        int breaksOnly;
        int trimmed;
        int orphans;

        List<String> lines() {
            List<String> out = new ArrayList<>();
            if (!attributes.isEmpty()) {
                int total = attributes.values().stream().mapToInt(Integer::intValue).sum();
                out.add(ArticleOutputs.plural(total, "text, number, date, URL or yes/no value")
                        + ": brat carries only one-of details ("
                        + attributes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")) + ")");
            }
            if (noteBreaks > 0) {
                out.add("line breaks in " + ArticleOutputs.plural(noteBreaks, "note")
                        + ": written as spaces (a brat note is one line)");
            }
            if (breaksOnly > 0) {
                out.add(ArticleOutputs.plural(breaksOnly, "span") + " of line breaks only: brat cannot mark them");
            }
            if (trimmed > 0) {
                out.add(ArticleOutputs.plural(trimmed, "span") + " starting or ending with a line break: "
                        + "written without it (brat fragments hold no line breaks)");
            }
            if (annotations > 0) {
                out.add("annotation ids, creators and dates: brat has no place for them");
            }
            String orphanLine = ArticleOutputs.orphansLost(orphans);
            if (orphanLine != null) {
                out.add(orphanLine);
            }
            return out;
        }
    }
}
