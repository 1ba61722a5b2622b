package org.factmark.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factmark.search.Fold;

/**
 * What a claim says, as terms to compare: its content words, stemmed, without stop words; and its numbers,
 * as values ({@code 1,200}, {@code 1200}, {@code ۱۲۰۰} and {@code 1.2 thousand} are one number, written
 * {@code #1200}). The text is folded first as find folds it (case, digits of every script, letter forms,
 * diacritics).
 *
 * @param words   the stems, each once, in order of appearance
 * @param numbers the numbers' values, each once
 */
record ClaimTerms(List<String> words, Set<String> numbers) {
    /**
     * Words of one kind that make different claims of the same sentence: a toll of dead is not a toll of
     * injured, a rise is not a fall, children are not women.
     */
    private static final List<Set<String>> CONTRASTS = List.of(Set.of(Stemmer.RISE, Stemmer.FALL),
            Set.of(Stemmer.KILL, Stemmer.INJURE), Set.of("child", "woman", "man"));

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("dozen", 12), Map.entry("double", 2), Map.entry("doubled", 2), Map.entry("doubles", 2),
            Map.entry("doubling", 2), Map.entry("twice", 2), Map.entry("triple", 3), Map.entry("tripled", 3),
            Map.entry("triples", 3), Map.entry("tripling", 3), Map.entry("quadrupled", 4));
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "millions", 1_000_000L,
            "billion", 1_000_000_000L, "billions", 1_000_000_000L, "trillion", 1_000_000_000_000L,
            "bn", 1_000_000_000L);
    /** Scales written against the number: {@code 12k}, {@code 3m}, {@code 2bn}. */
    private static final Map<String, Long> ATTACHED = Map.of("k", 1_000L, "m", 1_000_000L, "bn", 1_000_000_000L);

    ClaimTerms {
        words = List.copyOf(words);
        numbers = Set.copyOf(numbers);
    }

    /** The terms of a claim's text. */
    static ClaimTerms of(String text) {
        String folded = Fold.of(text, true);
        List<String> tokens = tokens(folded);
        List<String> words = new ArrayList<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            BigDecimal value = number(token);
            if (value == null && NUMBER_WORDS.containsKey(token)) {
                value = BigDecimal.valueOf(NUMBER_WORDS.get(token));
            }
            if (value != null) {
                while (i + 1 < tokens.size() && SCALES.containsKey(tokens.get(i + 1))) {
                    value = value.multiply(BigDecimal.valueOf(SCALES.get(tokens.get(++i))));
                }
                numbers.add(value.stripTrailingZeros().toPlainString());
                continue;
            }
            if (StopWords.contains(token)) {
                continue;
            }
            String stem = Stemmer.stem(token);
            if (!StopWords.contains(stem) && !words.contains(stem)) {
                words.add(stem);
            }
        }
        return new ClaimTerms(words, numbers);
    }

    /** Whether the claims say different things of one kind: each has a word of a contrast the other lacks. */
    static boolean contrast(List<String> a, List<String> b) {
        for (Set<String> kind : CONTRASTS) {
            boolean aOwn = a.stream().anyMatch(w -> kind.contains(w) && !b.contains(w));
            boolean bOwn = b.stream().anyMatch(w -> kind.contains(w) && !a.contains(w));
            if (aOwn && bOwn) {
                return true;
            }
        }
        return false;
    }

    /** The words of this claim that belong to a contrast. */
    List<String> contrasting() {
        return words.stream().filter(w -> CONTRASTS.stream().anyMatch(k -> k.contains(w))).toList();
    }

    /** Words (letters and marks) and numbers (digits with their group and decimal separators) of folded text. */
    private static List<String> tokens(String folded) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            int start = i;
            if (c >= '0' && c <= '9') {
                i++;
                while (i < n && (isDigit(folded.charAt(i))
                        || isSeparator(folded.charAt(i)) && i + 1 < n && isDigit(folded.charAt(i + 1)))) {
                    i++;
                }
                tokens.add(folded.substring(start, i));
                // "12k", "2bn", "3m": a scale written against the number
                int wordEnd = i;
                while (wordEnd < n && Character.isLetter(folded.charAt(wordEnd))) {
                    wordEnd++;
                }
                String unit = folded.substring(i, wordEnd);
                if (ATTACHED.containsKey(unit)) {
                    tokens.add(ATTACHED.get(unit) == 1_000L ? "thousand" : ATTACHED.get(unit) == 1_000_000L ? "million" : "billion");
                    i = wordEnd;
                }
            } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                while (i < n && (Character.isLetter(folded.charAt(i))
                        || Character.getType(folded.charAt(i)) == Character.NON_SPACING_MARK
                        || Character.getType(folded.charAt(i)) == Character.COMBINING_SPACING_MARK
                        || folded.charAt(i) == '\'' && i + 1 < n && Character.isLetter(folded.charAt(i + 1)))) {
                    i++;
                }
                String word = folded.substring(start, i);
                tokens.add(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
            } else {
                if (c == '%') {
                    tokens.add("percent");
                }
                i++;
            }
        }
        return tokens;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == '\u066C' || c == '\u066B' || c == '\u060C';
    }

    /**
     * The value of a number token: a comma (or Arabic thousands sign) followed by three digits groups
     * thousands; a point (or Arabic decimal sign) is the decimal point.
     */
    private static BigDecimal number(String token) {
        if (token.isEmpty() || !isDigit(token.charAt(0))) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        String[] groups = token.split("[,\u066C\u060C]", -1);
        for (int g = 0; g < groups.length; g++) {
            String group = groups[g];
            if (g > 0 && !(group.length() == 3 || group.length() > 3 && !isDigit(group.charAt(3)))) {
                plain.setLength(0); // "3,5" is not 35 thousand: keep the first part only
                plain.append(groups[0]);
                break;
            }
            plain.append(group);
        }
        String decimal = plain.toString().replace('\u066B', '.');
        int firstPoint = decimal.indexOf('.');
        if (firstPoint >= 0 && decimal.indexOf('.', firstPoint + 1) >= 0) {
            decimal = decimal.replace(".", ""); // "1.200.000", a European thousands point
        }
        try {
            return new BigDecimal(decimal);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
