package org.factmark.model;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks attribute values against their definitions and turns what the user typed into the value stored.
 * A value that does not fit is kept as typed and flagged; it never blocks saving.
 */
public final class AttributeCheck {
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?(/\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?)?");

    private AttributeCheck() {
    }

    /** What is wrong with a value, if anything: a missing required value, or one that does not fit its type. */
    public static Optional<String> problem(AttributeDef def, Object value) {
        if (isEmpty(value)) {
            return def.required() ? Optional.of(def.name() + " is required") : Optional.empty();
        }
        return switch (def.type()) {
            case TEXT -> value instanceof String ? Optional.empty() : Optional.of(def.name() + " should be text");
            case NUMBER -> value instanceof Number ? Optional.empty()
                    : Optional.of("“" + value + "” is not a number (use digits, e.g. 1200 or 12.5)");
            case DATE -> ISO_DATE.matcher(String.valueOf(value)).matches() ? Optional.empty()
                    : Optional.of("“" + value + "” is not an ISO 8601 date (2023-10-07, 2023-10 or 2023); "
                            + "kept as text");
            case CHOICE -> def.values().contains(String.valueOf(value)) ? Optional.empty()
                    : Optional.of("“" + value + "” is not one of " + String.join(", ", def.values()));
            case BOOLEAN -> value instanceof Boolean ? Optional.empty() : Optional.of(def.name() + " should be yes or no");
            case URLS -> urlProblem(value);
        };
    }

    /** Every problem of an annotation's attributes under its label's definitions. */
    public static List<String> problems(LabelSet labels, Annotation a) {
        List<String> out = new ArrayList<>();
        for (AttributeDef def : labels.attributesOf(a)) {
            problem(def, a.attributes().get(def.id())).ifPresent(out::add);
        }
        return out;
    }

    /** Whether a required attribute is missing: what the list marks with a warning. */
    public static boolean missingRequired(LabelSet labels, Annotation a) {
        return labels.attributesOf(a).stream().anyMatch(d -> d.required() && isEmpty(a.attributes().get(d.id())));
    }

    /** Whether a value was given that does not fit its type (kept as typed, and flagged). */
    public static boolean hasMisfit(LabelSet labels, Annotation a) {
        return labels.attributesOf(a).stream().anyMatch(d -> !isEmpty(a.attributes().get(d.id()))
                && problem(d, a.attributes().get(d.id())).isPresent());
    }

    /**
     * The value to store for what the user typed: a number as a number when it parses (else the text as
     * typed), URLs as a list of the lines typed (each trimmed, blank lines left out), text trimmed; {@code
     * null} when empty.
     */
    public static Object fromInput(AttributeDef def, String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return null;
        }
        return switch (def.type()) {
            case NUMBER -> parseNumber(s).map(n -> (Object) n).orElse(s);
            case URLS -> s.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            case BOOLEAN -> s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("true");
            default -> s;
        };
    }

    /** How a stored value is shown for editing. */
    public static String toInput(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return String.join("\n", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof BigDecimal d) {
            return NumberText.of(d.stripTrailingZeros());
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return String.valueOf(value);
    }

    static Optional<Number> parseNumber(String s) {
        String plain = s.replace(",", "").replace("_", "").replace("\u202F", "").replace(" ", "");
        try {
            BigDecimal d = new BigDecimal(plain);
            if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                return Optional.of(d.longValueExact());
            }
            return Optional.of(d);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Names every entry of a URL list that is not a web address. */
    private static Optional<String> urlProblem(Object value) {
        if (!(value instanceof Collection<?> list)) {
            return Optional.of("evidence should be a list of web addresses");
        }
        List<String> bad = list.stream().map(String::valueOf).filter(url -> !isWebAddress(url))
                .map(url -> "“" + url + "”").toList();
        if (bad.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", bad) + (bad.size() == 1 ? " is not a web address" : " are not web addresses")
                + " (https://…)");
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }
}
