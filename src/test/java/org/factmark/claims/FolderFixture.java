package org.factmark.claims;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes articles with sidecars holding given annotations into a test folder. */
public final class FolderFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FolderFixture() {
    }

    /**
     * Writes {@code name} (its text: the annotations' texts, one a line) and its sidecar; each annotation is
     * {@code {label, text, verdict}} (verdict blank for none), with id {@code name#k}.
     */
    public static Path article(Path folder, String name, String published, String[]... annotations)
            throws IOException {
        Path article = folder.resolve(name);
        Files.createDirectories(article.getParent());
        StringBuilder text = new StringBuilder();
        ObjectNode sidecar = JSON.createObjectNode();
        sidecar.put("format", "factmark.annotations").put("version", 1);
        ObjectNode document = sidecar.putObject("document").put("file", article.getFileName().toString());
        if (!published.isEmpty()) {
            document.putObject("source").put("published", published);
        }
        ArrayNode list = sidecar.putArray("annotations");
        for (int k = 0; k < annotations.length; k++) {
            String[] a = annotations[k];
            ObjectNode o = list.addObject().put("id", name + "#" + k).put("label", a[0])
                    .put("start", text.length()).put("end", text.length() + a[1].length()).put("text", a[1]);
            ObjectNode attributes = o.putObject("attributes");
            if (!a[2].isEmpty()) {
                attributes.put("verdict", a[2]).put("explanation", "explained " + a[2]);
                attributes.putArray("evidence").add("https://example.org/" + k);
            }
            o.put("modified", "2026-11-20T10:00:00Z");
            text.append(a[1]).append('\n');
        }
        Files.writeString(article, text, StandardCharsets.UTF_8);
        Files.write(folder.resolve(name + ".annotations.json"), JSON.writeValueAsBytes(sidecar));
        return article;
    }
}
