package org.factmark.suggest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English numbers written in words ("twenty-three", "two-thirds", "a dozen") and number scales ("million"). */
final class NumberWords {
    static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("hundred", 1e2), Map.entry("thousand", 1e3),
            Map.entry("million", 1e6), Map.entry("billion", 1e9), Map.entry("trillion", 1e12),
            Map.entry("bn", 1e9), Map.entry("mn", 1e6), Map.entry("m", 1e6), Map.entry("k", 1e3),
            Map.entry("tn", 1e12), Map.entry("lakh", 1e5), Map.entry("crore", 1e7));
    static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("twentieth", 20));
    private static final Map<String, Double> DENOMINATORS = Map.of("half", 2.0, "halves", 2.0, "third", 3.0,
            "thirds", 3.0, "quarter", 4.0, "quarters", 4.0, "fifth", 5.0, "fifths", 5.0, "tenth", 10.0,
            "tenths", 10.0);

    private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen)";
    /** A written whole number up to the hundreds ("ninety-nine", "three hundred"), then an optional scale. */
    static final Pattern WORD_NUMBER = Pattern.compile("(?i)\\b(?:(" + TENS + "(?:[- ]" + UNITS + ")?|" + TEENS
            + "|" + UNITS + ")(?: hundred)?(?:(?: and)? (?:" + TENS + "(?:[- ]" + UNITS + ")?|" + TEENS + "|"
            + UNITS + "))?|a dozen|a hundred|a thousand|a million|a billion|dozen)\\b");
    /** A fraction in words: "two-thirds", "a third", "half", "three quarters". */
    static final Pattern FRACTION = Pattern.compile("(?i)\\b(?:(one|two|three|four|a)[- ](half|third|thirds|quarter"
            + "|quarters|fifth|fifths|tenth|tenths)|(half))\\b");

    private NumberWords() {
    }

    /** The value of a match of {@link #WORD_NUMBER}. */
    static double wholeValue(String words) {
        String s = words.toLowerCase(Locale.ROOT).replace('-', ' ').replace(" and ", " ");
        if (s.equals("dozen") || s.equals("a dozen")) {
            return 12;
        }
        double total = 0;
        double current = 0;
        for (String w : s.split(" ")) {
            if (w.equals("a")) {
                current = 1;
            } else if (SMALL.containsKey(w)) {
                current += SMALL.get(w);
            } else if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (SCALES.containsKey(w)) {
                total += (current == 0 ? 1 : current) * SCALES.get(w);
                current = 0;
            }
        }
        return total + current;
    }

    /** The value of a match of {@link #FRACTION}. */
    static double fractionValue(Matcher m) {
        if (m.group(3) != null) {
            return 0.5;
        }
        String top = m.group(1).toLowerCase(Locale.ROOT);
        double numerator = top.equals("a") ? 1 : SMALL.get(top);
        return numerator / DENOMINATORS.get(m.group(2).toLowerCase(Locale.ROOT));
    }
}
