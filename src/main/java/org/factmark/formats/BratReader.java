package org.factmark.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.AttributeDef;
import org.factmark.model.AttributeType;
import org.factmark.model.CodePoints;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.model.SpanOrder;

/**
 * Reads a brat {@code .ann} file as annotations of an article: {@code T} lines become spans, {@code A} lines
 * one-of details, {@code #} lines notes. Relations, events, normalisations, modifications and equivalences
 * have no place in Factmark and are listed as skipped, one line per kind. A fragmented {@code T} becomes one
 * span when only line breaks lie between its fragments; a {@code T} whose text is not the article's at its
 * offsets is skipped, never placed on other text.
 */
final class BratReader {
    private static final Pattern ID = Pattern.compile("[A-Za-z#]\\d+\\S*|\\*");
    private static final Pattern FRAGMENT = Pattern.compile("(\\d{1,10}) (\\d{1,10})");
    /** brat's attribute line: name, target, then an optional value. */
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\S+) (\\S+)(?: (.+))?");
    private static final Map<Character, String[]> KINDS = Map.of(
            'R', new String[] {"relation", "Factmark holds spans only, not links between them"},
            'E', new String[] {"event", "Factmark holds spans only (an event's trigger T line is read as a span)"},
            'N', new String[] {"normalisation", "Factmark keeps no links to knowledge bases"},
            'M', new String[] {"modification", "brat's old-style flags are not kept"},
            '*', new String[] {"equivalence", "Factmark holds spans only, not that they are the same"});

    private record Span(String label, int start, int end, Map<String, Object> attributes, List<String> notes) {
    }

    private BratReader() {
    }

    static ImportResult read(byte[] source, ArticleText article, LabelSet labels) throws FormatException {
        String text = article.text();
        CodePoints cp = CodePoints.of(text);
        Map<String, Span> spans = new LinkedHashMap<>();
        Map<Character, List<String>> otherKinds = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<String[]> later = new ArrayList<>(); // A and # lines: read once every T is known
        int recognised = 0;
        String firstBad = null;
        String[] lines = decode(source).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String id = tab < 0 ? "" : line.substring(0, tab);
            if (!ID.matcher(id).matches()) {
                skipped.add("line " + (n + 1) + ": not a brat annotation line (ID, tab, …)");
                firstBad = firstBad == null ? "line " + (n + 1) + " (" + shorten(line) + ")" : firstBad;
                continue;
            }
            recognised++;
            String rest = line.substring(tab + 1);
            int tab2 = rest.indexOf('\t');
            String data = tab2 < 0 ? rest : rest.substring(0, tab2);
            String tail = tab2 < 0 ? "" : rest.substring(tab2 + 1);
            char kind = id.charAt(0);
            if (kind == 'T') {
                if (spans.containsKey(id)) {
                    skipped.add(id + ": the id is used twice; the second is ignored");
                } else {
                    String problem = textBound(id, data, tail, text, cp, labels, spans);
                    if (problem != null) {
                        skipped.add(id + " (" + shorten(data) + "): " + problem);
                    }
                }
            } else if (kind == 'A' || kind == '#') {
                later.add(new String[] {id, data, tail});
            } else if (KINDS.containsKey(kind)) {
                otherKinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(kind == '*' ? data : id);
            } else {
                skipped.add(id + ": brat has no annotation kind '" + kind + "'");
            }
        }
        if (recognised == 0 && firstBad != null) {
            throw new FormatException("This is not a brat .ann file: " + firstBad
                    + " is not an annotation line (ID, tab, annotation).");
        }
        for (String[] l : later) {
            String problem = l[0].startsWith("#") ? note(l[1], l[2], spans) : attribute(l[1], spans, labels);
            if (problem != null) {
                skipped.add(l[0] + " (" + shorten(l[1]) + "): " + problem);
            }
        }
        otherKinds.forEach((kind, ids) -> skipped.add(ArticleOutputs.plural(ids.size(), KINDS.get(kind)[0])
                + " (" + list(ids) + "): " + KINDS.get(kind)[1]));
        List<Annotation> annotations = new ArrayList<>();
        spans.forEach((id, s) -> annotations.add(new Annotation(
                UUID.nameUUIDFromBytes(("brat:" + article.sha256() + ":" + id + ":" + s.start() + ":" + s.end())
                        .getBytes(StandardCharsets.UTF_8)).toString(),
                s.label(), s.start(), s.end(), ordered(s.attributes(), labels.byId(s.label()).orElse(null)),
                String.join("\n", s.notes()), "", "", "", Map.of())));
        annotations.sort(SpanOrder.ORDER);
        return new ImportResult(annotations, skipped);
    }

    /** Reads a T line into {@code spans}; the reason it cannot be placed, or null. */
    private static String textBound(String id, String data, String tail, String text, CodePoints cp,
                                    LabelSet labels, Map<String, Span> spans) {
        int space = data.indexOf(' ');
        if (space <= 0) {
            return "no type and offsets";
        }
        String type = data.substring(0, space);
        List<int[]> fragments = new ArrayList<>();
        for (String part : data.substring(space + 1).split(";", -1)) {
            Matcher m = FRAGMENT.matcher(part.strip());
            if (!m.matches()) {
                return "cannot read offsets \"" + part + "\"";
            }
            long start = Long.parseLong(m.group(1));
            long end = Long.parseLong(m.group(2));
            if (start >= end || !cp.inRange(end)) {
                return "offsets " + start + " " + end + " are not a span of the article (" + cp.codePointLength()
                        + " characters)";
            }
            fragments.add(new int[] {cp.toUtf16((int) start), cp.toUtf16((int) end)});
        }
        fragments.sort((x, y) -> Integer.compare(x[0], y[0]));
        StringBuilder reference = new StringBuilder();
        for (int i = 0; i < fragments.size(); i++) {
            int[] f = fragments.get(i);
            if (i > 0) {
                int gapFrom = fragments.get(i - 1)[1];
                if (f[0] <= gapFrom) {
                    return "its fragments overlap";
                }
                if (!text.substring(gapFrom, f[0]).chars().allMatch(c -> c == '\n')) {
                    return "its fragments leave out text other than line breaks; Factmark spans are continuous";
                }
                reference.append(' ');
            }
            reference.append(text, f[0], f[1]);
        }
        String ref = reference.toString();
        boolean fits = tail.isEmpty() || tail.equals(ref)
                || tail.startsWith(ref) && Character.isWhitespace(tail.charAt(ref.length()));
        if (!fits) {
            return "its text \"" + shorten(tail) + "\" is not the article's \"" + shorten(ref)
                    + "\" at those offsets (was it made for another version of the text, or one with CRLF line "
                    + "endings or a BOM?)";
        }
        String label = labels.labels().stream().map(LabelDef::id)
                .filter(l -> l.equals(type) || BratFormat.type(l).equals(type)).findFirst().orElse(type);
        spans.put(id, new Span(label, fragments.get(0)[0], fragments.get(fragments.size() - 1)[1],
                new LinkedHashMap<>(), new ArrayList<>()));
        return null;
    }

    private static String attribute(String data, Map<String, Span> spans, LabelSet labels) {
        Matcher m = ATTRIBUTE.matcher(data);
        if (!m.matches()) {
            return "cannot read the attribute";
        }
        Span target = spans.get(m.group(2));
        if (target == null) {
            return targetProblem(m.group(2));
        }
        if (m.group(3) == null) {
            return "a yes/no flag; Factmark reads one-of values only";
        }
        LabelDef def = labels.byId(target.label()).orElse(null);
        Map<String, String> names = def == null ? Map.of()
                : BratFormat.attributeNames(labels.labels()).getOrDefault(def.id(), Map.of());
        AttributeDef match = def == null ? null : def.attributes().stream()
                .filter(ad -> ad.type() == AttributeType.CHOICE)
                .filter(ad -> m.group(1).equals(names.get(ad.id())) || m.group(1).equals(BratFormat.type(ad.id()))
                        || m.group(1).equals(BratFormat.type(def.id()) + "_" + BratFormat.type(ad.id())))
                .findFirst().orElse(null);
        if (match == null) {
            return "\"" + m.group(1) + "\" is not a one-of detail of the label " + target.label();
        }
        if (target.attributes().containsKey(match.id())) {
            return "a second value for " + match.id() + " of " + m.group(2) + "; the first is kept";
        }
        String raw = m.group(3).strip();
        String value = match.values().stream().filter(v -> v.equals(raw) || BratFormat.value(v).equals(raw))
                .findFirst().orElse(raw);
        target.attributes().put(match.id(), value);
        return null;
    }

    private static String note(String data, String tail, Map<String, Span> spans) {
        String[] parts = data.strip().split(" +");
        if (parts.length != 2) {
            return "cannot read the note's target";
        }
        Span target = spans.get(parts[1]);
        if (target == null) {
            return targetProblem(parts[1]);
        }
        target.notes().add(tail);
        return null;
    }

    private static String targetProblem(String target) {
        return target.startsWith("T") ? "its span " + target + " is missing or was skipped"
                : "it is on " + target + ", which is not a span";
    }

    /** Details in the label's order, then any others. */
    private static Map<String, Object> ordered(Map<String, Object> attributes, LabelDef def) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (def != null) {
            def.attributes().stream().filter(ad -> attributes.containsKey(ad.id()))
                    .forEach(ad -> out.put(ad.id(), attributes.get(ad.id())));
        }
        out.putAll(attributes);
        return out;
    }

    private static String decode(byte[] source) throws FormatException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(source)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new FormatException("This brat file is not UTF-8 text, as brat writes it.");
        }
    }

    private static String list(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", …";
    }

    private static String shorten(String s) {
        String one = s.replace('\t', ' ');
        return one.codePointCount(0, one.length()) <= 40 ? one
                : one.substring(0, one.offsetByCodePoints(0, 39)) + "…";
    }
}
