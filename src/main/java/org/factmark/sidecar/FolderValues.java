package org.factmark.sidecar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attribute values already used in the other sidecars of an article's folder — speakers, claimants,
 * places — so the inspector can suggest them. Unreadable sidecars are passed over: suggestions are a help,
 * never a reason for an error. The sidecars are streamed, never held as trees, and the work is bounded: a
 * folder of large sidecars costs a bounded read, not a copy of every file in memory.
 */
public final class FolderValues {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_FILES = 500;
    /** Sidecars larger than this are generated or bulk data, not a colleague's hand-made annotations. */
    static final long MAX_SIDECAR_BYTES = 4L << 20;
    /** Values per attribute: enough for any folder a person annotated by hand. */
    static final int MAX_VALUES = 2_000;
    /** Longer text is a note, not a name worth suggesting. */
    static final int MAX_VALUE_LENGTH = 120;

    private FolderValues() {
    }

    /** Text values by attribute id, from every sidecar in the folder except the article's own. */
    public static Map<String, Set<String>> around(Path article) {
        Map<String, Set<String>> values = new HashMap<>();
        Path folder = article.toAbsolutePath().getParent();
        Path own = SidecarStore.sidecarFor(article.toAbsolutePath());
        if (folder == null) {
            return values;
        }
        int read = 0;
        try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(folder, "*" + SidecarStore.SUFFIX)) {
            for (Path sidecar : sidecars) {
                if (sidecar.equals(own) || read >= MAX_FILES || !Files.isRegularFile(sidecar)
                        || size(sidecar) > MAX_SIDECAR_BYTES) { // a FIFO would block the read forever
                    continue;
                }
                read++;
                collect(sidecar, values);
            }
        } catch (IOException e) {
            // a folder that cannot be listed gives no suggestions
        }
        return values;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void collect(Path sidecar, Map<String, Set<String>> values) {
        try (JsonParser p = JSON.createParser(sidecar.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("annotations".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        annotation(p, values);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // passed over: see the class comment
        }
    }

    /** Reads one annotation object, the parser on its START_OBJECT; leaves it on the END_OBJECT. */
    private static void annotation(JsonParser p, Map<String, Set<String>> values) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("attributes".equals(field) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String id = p.currentName();
                    if (p.nextToken() == JsonToken.VALUE_STRING) {
                        String text = p.getText();
                        if (!text.isBlank() && text.length() <= MAX_VALUE_LENGTH) {
                            Set<String> known = values.computeIfAbsent(id, k -> new TreeSet<>());
                            if (known.size() < MAX_VALUES) {
                                known.add(text);
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }
}
