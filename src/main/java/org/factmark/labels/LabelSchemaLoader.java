package org.factmark.labels;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factmark.io.FileReads;
import org.factmark.io.JsonProblem;
import org.factmark.model.AttributeDef;
import org.factmark.model.AttributeType;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.sidecar.SidecarFields;

/**
 * Label schemas: the default one bundled with Factmark, and a folder's own {@code labels.json}, which
 * replaces the default or, with {@code "extends": "factmark-default"}, adds labels to it and redefines
 * labels of the same id. A schema that cannot be used is reported and the default is used instead.
 */
public final class LabelSchemaLoader {
    public static final String FOLDER_FILE = "labels.json";
    public static final String DEFAULT_ID = "factmark-default";
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static LabelSet bundled;

    private LabelSchemaLoader() {
    }

    /** The schema an article works with, and what was wrong with its folder's schema if that was unusable. */
    public record Loaded(LabelSet labels, Optional<Path> file, Optional<String> problem) {
    }

    /** The bundled default schema (quote, figure, assertion, event and their attributes). */
    public static synchronized LabelSet bundledDefault() {
        if (bundled == null) {
            try (InputStream in = LabelSchemaLoader.class.getResourceAsStream("/labels/default-labels.json")) {
                if (in == null) {
                    throw new IllegalStateException("the bundled label schema is missing from the build");
                }
                bundled = parse(in.readAllBytes(), "the bundled default-labels.json", null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (LabelSchemaException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return bundled;
    }

    /** The schema for an article: its folder's {@code labels.json} if there is a usable one, else the default. */
    public static Loaded forArticle(Path article) {
        Path folder = article.toAbsolutePath().getParent();
        Path file = folder == null ? null : folder.resolve(FOLDER_FILE);
        if (file == null || !Files.exists(file)) {
            return new Loaded(bundledDefault(), Optional.empty(), Optional.empty());
        }
        try {
            return new Loaded(parse(FileReads.settings(file), file.toString(), bundledDefault()), Optional.of(file),
                    Optional.empty());
        } catch (LabelSchemaException e) {
            return new Loaded(bundledDefault(), Optional.of(file), Optional.of(file + ": " + e.getMessage()
                    + "\n\nThe default labels are used instead; no annotation is changed or lost."));
        } catch (FileReads.Refused e) {
            return new Loaded(bundledDefault(), Optional.of(file), Optional.of(e.getMessage()
                    + ".\n\nThe default labels are used instead."));
        } catch (IOException e) {
            return new Loaded(bundledDefault(), Optional.of(file), Optional.of(file + " could not be read: "
                    + e.getMessage() + "\n\nThe default labels are used instead."));
        }
    }

    /**
     * Reads a schema.
     *
     * @param base what {@code "extends"} refers to; null where extending is not possible
     */
    public static LabelSet parse(byte[] json, String where, LabelSet base) throws LabelSchemaException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LabelSchemaException(JsonProblem.describe(e, json, MAPPER.getFactory()));
        } catch (IOException e) {
            throw new LabelSchemaException(e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new LabelSchemaException("it is not a JSON object");
        }
        if (!"factmark.labels".equals(root.path("format").asText(null))) {
            throw new LabelSchemaException("its \"format\" must be \"factmark.labels\"");
        }
        String id = text(root, "id", "id", true);
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 0) {
            throw new LabelSchemaException("\"version\" must be a whole number from 0 to " + Integer.MAX_VALUE
                    + ", found " + SidecarFields.shown(version));
        }
        JsonNode list = root.get("labels");
        if (list == null || !list.isArray()) {
            throw new LabelSchemaException("\"labels\" must be a list");
        }
        Map<String, LabelDef> labels = new LinkedHashMap<>();
        JsonNode extendsNode = root.get("extends");
        if (extendsNode != null) {
            if (base == null || !base.id().equals(extendsNode.asText())) {
                throw new LabelSchemaException("\"extends\" can only name \"" + DEFAULT_ID + "\", found "
                        + SidecarFields.shown(extendsNode));
            }
            base.labels().forEach(l -> labels.put(l.id(), l));
        }
        Set<String> ownIds = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            LabelDef def = label(list.get(i), "labels[" + i + "]");
            if (!ownIds.add(def.id())) {
                throw new LabelSchemaException("the label id " + quoted(def.id()) + " is defined twice");
            }
            labels.put(def.id(), def);
        }
        if (labels.isEmpty()) {
            throw new LabelSchemaException("it defines no labels");
        }
        Set<Integer> keys = new HashSet<>();
        for (LabelDef def : labels.values()) {
            if (def.key() != 0 && !keys.add(def.key())) {
                throw new LabelSchemaException("the key " + def.key() + " is given to two labels");
            }
        }
        return new LabelSet(id, version.asInt(), new ArrayList<>(labels.values()));
    }

    private static LabelDef label(JsonNode node, String where) throws LabelSchemaException {
        if (node == null || !node.isObject()) {
            throw new LabelSchemaException(where + " must be an object");
        }
        String id = text(node, "id", where + ".id", true);
        where = "label " + quoted(id);
        String colour = text(node, "colour", where + ".colour", false);
        if (colour.isEmpty()) {
            colour = "#888888";
        } else if (!COLOUR.matcher(colour).matches()) {
            throw new LabelSchemaException(where + ": colour " + quoted(colour) + " must look like #0072B2");
        }
        JsonNode key = node.get("key");
        if (key != null && (!key.isInt() || key.asInt() < 0 || key.asInt() > 9)) {
            throw new LabelSchemaException(where + ": \"key\" must be a digit 1–9 (or 0 for none)");
        }
        List<AttributeDef> attributes = new ArrayList<>();
        Set<String> attributeIds = new HashSet<>();
        JsonNode list = node.get("attributes");
        if (list != null && !list.isArray()) {
            throw new LabelSchemaException(where + ": \"attributes\" must be a list");
        }
        for (int i = 0; list != null && i < list.size(); i++) {
            AttributeDef def = attribute(list.get(i), where + ", attribute " + (i + 1));
            if (def.id().equals("note") || !attributeIds.add(def.id())) {
                throw new LabelSchemaException(where + ": the attribute id " + quoted(def.id()) + " is "
                        + (def.id().equals("note") ? "reserved for the note every annotation has" : "defined twice"));
            }
            attributes.add(def);
        }
        String name = text(node, "name", where + ".name", false);
        return new LabelDef(id, name.isEmpty() ? id : name, colour, key == null ? 0 : key.asInt(), attributes);
    }

    private static AttributeDef attribute(JsonNode node, String position) throws LabelSchemaException {
        if (node == null || !node.isObject()) {
            throw new LabelSchemaException(position + " must be an object");
        }
        String id = text(node, "id", position + ".id", true);
        String where = position.substring(0, position.indexOf(", attribute")) + ", attribute " + quoted(id);
        String typeName = text(node, "type", where + ".type", true);
        AttributeType type = AttributeType.byName(typeName).orElseThrow(() -> new LabelSchemaException(where
                + ": unknown attribute type " + quoted(typeName) + "; the types are text, number, date, choice, urls "
                + "and boolean"));
        List<String> values = new ArrayList<>();
        JsonNode list = node.get("values");
        if (type == AttributeType.CHOICE) {
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new LabelSchemaException(where + ": a choice needs a non-empty list of \"values\"");
            }
            for (JsonNode v : list) {
                if (!v.isTextual()) {
                    throw new LabelSchemaException(where + ": every value must be a string, found "
                            + SidecarFields.shown(v));
                }
                values.add(v.asText());
            }
        }
        return new AttributeDef(id, text(node, "name", where + ".name", false), type, flag(node, "required", where),
                values, flag(node, "suggest", where), flag(node, "multiline", where), text(node, "help", where, false));
    }

    private static String text(JsonNode node, String key, String where, boolean required) throws LabelSchemaException {
        JsonNode v = node.get(key);
        if (v == null && !required) {
            return "";
        }
        if (v == null || !v.isTextual() || (required && v.asText().isBlank())) {
            throw new LabelSchemaException("\"" + where + "\" must be a non-empty string");
        }
        return v.asText();
    }

    private static boolean flag(JsonNode node, String key, String where) throws LabelSchemaException {
        JsonNode v = node.get(key);
        if (v != null && !v.isBoolean()) {
            throw new LabelSchemaException(where + ": \"" + key + "\" must be true or false");
        }
        return v != null && v.asBoolean();
    }

    /** A value from the file as JSON writes it: quoted, line breaks and controls escaped, so a message stays one line. */
    private static String quoted(String value) {
        return SidecarFields.shown(new com.fasterxml.jackson.databind.node.TextNode(value));
    }
}
