package org.factmark.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import org.factmark.sidecar.CanonicalJson;

/**
 * The one place where every JSON export (W3C, JSONL, ClaimReview) gets its generator. Such JSON is pasted into
 * web pages — ClaimReview inside {@code <script type="application/ld+json">} — so besides the control
 * characters (escaped as Python does, {@link CanonicalJson#escapes()}) it escapes {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 as {@code \u003c}, {@code \u003e}, {@code \u0026}, {@code \u2028},
 * {@code \u2029}: a string can then never close the script element, open a comment or an entity, or end a
 * line of JavaScript. Any JSON reader reads the same strings back.
 */
final class WebJson {
    /** Plain Jackson, for nested values (attribute maps, lists) written inside a document. */
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Characters beyond U+FFFF (emoji) are written as themselves, as four UTF-8 bytes, not as two escapes. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private static final CharacterEscapes ESCAPES = new HtmlSafe();

    private WebJson() {
    }

    /** The escapes, for a generator made elsewhere. */
    static CharacterEscapes escapes() {
        return ESCAPES;
    }

    /** A UTF-8 generator onto {@code out} with the web escapes; closing it leaves {@code out} open. */
    static JsonGenerator generator(OutputStream out, PrettyPrinter printer) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setCharacterEscapes(ESCAPES);
        if (printer != null) {
            g.setPrettyPrinter(printer);
        }
        return g;
    }

    /** A tree of plain values (maps, lists, nodes) as JSON text with the web escapes, and a final newline. */
    static byte[] bytes(Object value, PrettyPrinter printer) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = generator(out, printer)) {
            MAPPER.writeValue(g, value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("plain values always serialise to memory", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Two-space indent, {@code "key": value}, one array element per line, {@code {}} and {@code []} when empty. */
    static PrettyPrinter indented() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indent)
                .withArrayIndenter(indent);
    }

    /** The escapes: Python's for control characters, and the five that HTML and JavaScript treat specially. */
    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final CharacterEscapes control = CanonicalJson.escapes();
        private final int[] codes;

        HtmlSafe() {
            codes = control.getEscapeCodesForAscii().clone();
            for (char c : new char[] {'<', '>', '&'}) {
                codes[c] = ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return control.getEscapeSequence(ch);
        }
    }
}
