package org.factmark.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON file, in the words of the file rather than of the library that read it: where
 * (line and column, found again for the limits, whose errors carry none) and what, without the library's
 * settings, class names or source descriptions.
 */
public final class JsonProblem {
    private static final Pattern LIMIT = Pattern.compile(
            "(Document nesting depth|Number value length|String value length|Document length|Name length)"
                    + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern SETTING = Pattern.compile(
            "(?s)(?:: enable|;? *\\(not recognized as one since|\\(bound as|: not allowed as per) .*$");

    private JsonProblem() {
    }

    /**
     * "it is not valid JSON (line L, column C): what", or for a limit "it is nested 65 deep (line L, column
     * C): at most 64 levels are read".
     *
     * @param source  the bytes that were read, to find the place of a limit passed
     * @param factory the factory (with the limits) that read them
     */
    public static String describe(JacksonException e, byte[] source, JsonFactory factory) {
        JsonLocation at = e.getLocation();
        if (at == null && source != null) {
            at = whereItFails(source, factory);
        }
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ")";
        String message = String.valueOf(e.getOriginalMessage());
        Matcher limit = LIMIT.matcher(message);
        if (e instanceof StreamConstraintsException && limit.find()) {
            String found = limit.group(2);
            String most = limit.group(3);
            return switch (limit.group(1)) {
                case "Document nesting depth" -> "it is nested " + found + " deep" + where + ": at most " + most
                        + " levels are read";
                case "Number value length" -> "it has a number of " + found + " digits" + where + ": at most " + most
                        + " are read";
                case "Document length" -> "it is " + found + " bytes long: at most " + most + " are read";
                default -> "it has a text of " + found + " characters" + where + ": at most " + most + " are read";
            };
        }
        return "it is not valid JSON" + where + ": " + plain(message);
    }

    /** A library message without its settings and source descriptions. */
    public static String plain(String message) {
        String m = SETTING.matcher(message).replaceFirst("");
        m = SOURCE.matcher(m).replaceAll("line $1, column $2");
        m = m.replace("Trailing token (of type START_OBJECT) found after value", "more follows the end of the value")
                .replaceAll("Trailing token \\(of type [A-Z_]+\\) found after value", "more follows the end of the value")
                .replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").strip();
        return m.endsWith(":") ? m.substring(0, m.length() - 1) : m;
    }

    /** Reads the tokens again until the limit is passed, to say where it was. */
    private static JsonLocation whereItFails(byte[] source, JsonFactory factory) {
        JsonParser p = null;
        try {
            p = factory.createParser(source);
            while (p.nextToken() != null) {
                // only the place of the failure is wanted
            }
            return null;
        } catch (IOException again) {
            return p == null ? null : p.currentLocation();
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // nothing to release but memory
                }
            }
        }
    }
}
