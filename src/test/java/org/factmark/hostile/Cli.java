package org.factmark.hostile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factmark.cli.FactmarkCli;

/** The command line run in-process, as a user would run it, and sidecars written by hand for it to read. */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        /** Exit 1 or 2 with a one-line "factmark: " message, or 0; never a Java trace. */
        boolean clean() {
            String all = out + err;
            return (code == 0 || code == 1 || code == 2) && !all.contains("\tat ") && !all.contains("Exception")
                    && !all.contains("Error:") && (code == 0 || err.contains("factmark: ") || !out.isBlank());
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FactmarkCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** One annotation as the sidecar holds it. */
    record Ann(String label, int start, int end, String text, String prefix, String suffix) {
        static Ann of(String label, int start, int end, String text) {
            return new Ann(label, start, end, text, "", "");
        }
    }

    /** Writes {@code article} and a sidecar for it whose SHA-256 is not the article's, so it is re-anchored. */
    static Path changedArticle(Path dir, String text, List<Ann> annotations) throws IOException {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, text, StandardCharsets.UTF_8);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            Ann a = annotations.get(i);
            list.add(Map.of("id", "id-" + i, "label", a.label(), "start", a.start(), "end", a.end(),
                    "text", a.text(), "prefix", a.prefix(), "suffix", a.suffix()));
        }
        Map<String, Object> sidecar = new java.util.LinkedHashMap<>();
        sidecar.put("format", "factmark.annotations");
        sidecar.put("version", 1);
        sidecar.put("document", Map.of("file", "a.txt", "sha256", "0".repeat(64),
                "length", text.codePointCount(0, text.length()), "newline", "LF"));
        sidecar.put("annotations", list);
        Files.write(dir.resolve("a.txt.annotations.json"), JSON.writeValueAsBytes(sidecar));
        return article;
    }
}
