package org.factmark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarWriter;

/**
 * Deterministic benchmark documents (fixed seed): news-like text of a given size with a given number of
 * annotations, about a fifth of them nested inside or overlapping another; or one long line without breaks.
 */
final class Corpus {
    private static final String[] WORDS = ("the minister said that officials had counted people in the city "
            + "after attacks on Sunday while reports claimed 1,200 deaths and 5,000 injured according to the "
            + "ministry of health who denied any involvement in the strikes but confirmed the figures were "
            + "provisional pending an independent review by observers from the United Nations").split(" ");
    private static final String[] LABELS = {"quote", "figure", "assertion", "event"};

    private Corpus() {
    }

    /** A document: the article and its sidecar, written into a folder of their own under {@code parent}. */
    record Doc(String name, Path article, int bytes, int annotations, boolean singleParagraph) {
    }

    static Doc make(Path parent, String name, int bytes, int annotations, boolean lineBreaks) throws IOException {
        Path folder = parent.resolve(name); // a folder each, so one document's neighbours never weigh on another's
        Files.createDirectories(folder);
        Random random = new Random(0xFAC7 + bytes + annotations);
        StringBuilder text = new StringBuilder(bytes + 200);
        int sentence = 0;
        while (text.length() < bytes) {
            text.append(Character.toUpperCase(WORDS[random.nextInt(WORDS.length)].charAt(0)));
            int words = 8 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? WORDS[random.nextInt(WORDS.length)].substring(1) : " "
                        + WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(". ");
            if (lineBreaks && ++sentence % (3 + random.nextInt(4)) == 0) {
                text.setLength(text.length() - 1);
                text.append("\n\n");
            }
        }
        String body = text.toString();
        Path article = folder.resolve(name + ".txt");
        Files.writeString(article, body, StandardCharsets.UTF_8);
        ArticleText loaded = ArticleLoader.fromString(article.getFileName().toString(), body);
        List<Annotation> list = new ArrayList<>(annotations);
        int step = Math.max(1, body.length() / Math.max(1, annotations));
        for (int i = 0; i < annotations; i++) {
            int start = wordStart(body, Math.min(body.length() - 2, (long) i * step + random.nextInt(step)));
            int end = wordEnd(body, Math.min(body.length(), start + 5 + random.nextInt(40)));
            if (i % 5 == 4 && !list.isEmpty()) { // nested in, or overlapping, the previous one
                Annotation previous = list.get(list.size() - 1);
                start = wordStart(body, previous.start() + (previous.end() - previous.start()) / 3);
                end = wordEnd(body, Math.min(body.length(), previous.end() + (random.nextBoolean() ? -2 : 12)));
            }
            if (end <= start) {
                end = Math.min(body.length(), start + 1);
            }
            list.add(new Annotation(String.format("b%07d", i), LABELS[random.nextInt(4)], start, end, null, null,
                    "bench", "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z", null));
        }
        Files.write(folder.resolve(name + ".txt.annotations.json"), SidecarWriter.write(
                new SidecarContent(loaded, list, List.of(), java.util.Map.of(), java.util.Map.of())));
        return new Doc(name, article, body.length(), list.size(), !lineBreaks);
    }

    /**
     * A Chinese document of {@code chars} characters in one paragraph, without a space or a line break (as Chinese
     * is written), with {@code annotations} annotations of 2 to 11 characters spread over it.
     */
    static Doc chinese(Path parent, String name, int chars, int annotations) throws IOException {
        Path folder = parent.resolve(name);
        Files.createDirectories(folder);
        String[] words = ("政府 今天 宣布 北京 市民 报道 医院 死亡 人数 达到 一千二百 根据 卫生部 的 数据 联合国 观察员 "
                + "独立 调查 袭击 城市 星期日 官员 表示 否认 确认 临时 受伤 五千 ， 。 、").split(" ");
        Random random = new Random(0x2AC7 + chars);
        StringBuilder text = new StringBuilder(chars + 20);
        while (text.length() < chars) {
            text.append(words[random.nextInt(words.length)]);
        }
        text.setLength(chars);
        String body = text.toString();
        Path article = folder.resolve(name + ".txt");
        Files.writeString(article, body, StandardCharsets.UTF_8);
        ArticleText loaded = ArticleLoader.fromString(article.getFileName().toString(), body);
        List<Annotation> list = new ArrayList<>(annotations);
        int step = Math.max(1, chars / Math.max(1, annotations));
        for (int i = 0; i < annotations; i++) {
            int start = Math.min(chars - 12, i * step + random.nextInt(Math.max(1, step - 12)));
            list.add(new Annotation(String.format("z%07d", i), LABELS[random.nextInt(4)], start,
                    start + 2 + random.nextInt(10), null, null, "bench", "2026-12-02T19:00:00Z",
                    "2026-12-02T19:00:00Z", null));
        }
        Files.write(folder.resolve(name + ".txt.annotations.json"), SidecarWriter.write(
                new SidecarContent(loaded, list, List.of(), java.util.Map.of(), java.util.Map.of())));
        return new Doc(name, article, body.length(), list.size(), true);
    }

    private static int wordStart(String s, long at) {
        int i = (int) Math.max(0, Math.min(at, s.length() - 1));
        while (i > 0 && s.charAt(i - 1) != ' ' && s.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int wordEnd(String s, int at) {
        int i = Math.max(0, Math.min(at, s.length()));
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
