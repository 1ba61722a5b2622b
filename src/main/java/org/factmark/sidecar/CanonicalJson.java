package org.factmark.sidecar;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The sidecar's byte layout: exactly what Python's {@code json.dumps(obj, indent=2, ensure_ascii=False)}
 * writes, so any program can reproduce the bytes and diffs under version control stay minimal. Two spaces per
 * level, {@code "key": value}, one array element per line, {@code {}} and {@code []} when empty, non-ASCII
 * written as itself, and control characters escaped as Python does ({@code \n}, {@code \t}, …, otherwise
 * {@code \u001f} with lower-case hex).
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /** A fresh printer per document: it counts nesting levels. */
    static PrettyPrinter printer() {
        return new PythonIndent();
    }

    /** Python's escaping of control characters, for any JSON Factmark writes (the sidecar, JSONL). */
    public static CharacterEscapes escapes() {
        return PythonEscapes.INSTANCE;
    }

    private static final class PythonIndent implements PrettyPrinter {
        private int level;

        private void newline(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < level; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            // one root value per file: nothing between roots
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            level++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newline(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newline(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            level--;
            if (entries > 0) {
                newline(g);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            level++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            newline(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newline(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            level--;
            if (values > 0) {
                newline(g);
            }
            g.writeRaw(']');
        }
    }

    private static final class PythonEscapes extends CharacterEscapes {
        static final PythonEscapes INSTANCE = new PythonEscapes();
        private static final long serialVersionUID = 1L;
        private final int[] codes;

        private PythonEscapes() {
            codes = standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                if (c != '\b' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                    codes[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Jackson asks about every non-ASCII character too: those are written as themselves
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
