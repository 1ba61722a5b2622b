package org.factmark.sidecar;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factmark.io.JsonProblem;

/**
 * A sidecar as plain JSON values (maps in file order, lists, strings, numbers exactly as written), read without
 * its article and written back in the canonical layout: for tools that combine sidecars as files, such as the
 * git merge driver, where the article of each version is not at hand.
 */
public final class SidecarTree {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private SidecarTree() {
    }

    /** The sidecar's top-level object, checked to be a Factmark sidecar by its {@code format}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(byte[] json) throws SidecarException {
        Object root;
        try {
            root = SidecarReader.MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new SidecarException(JsonProblem.describe(e, json, SidecarReader.MAPPER.getFactory()));
        } catch (IOException e) {
            throw new SidecarException("it could not be read: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map) || !SidecarWriter.FORMAT.equals(map.get("format"))) {
            throw new SidecarException("it is not a Factmark sidecar (no \"format\": \"" + SidecarWriter.FORMAT
                    + "\")");
        }
        return new LinkedHashMap<>((Map<String, Object>) map);
    }

    /** The canonical bytes of {@code root}: its keys in the order given, Python's layout, a final newline. */
    public static byte[] write(Map<String, Object> root) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = PLAIN.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(CanonicalJson.printer());
            g.setCharacterEscapes(CanonicalJson.escapes());
            PLAIN.writeValue(g, root);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
