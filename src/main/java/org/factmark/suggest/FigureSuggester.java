package org.factmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures: counts, percentages, money, rates, ranges, ordinals that count ("the fifth consecutive month"), numbers
 * in words ("two-thirds", "a dozen", "1.2 million") and in Persian or Arabic digits. The span runs from the
 * qualifier ("more than") through the number, its scale and unit to a rate ("a year"). Years, days of a date,
 * clock times, list numbers, identifiers ("Resolution 2334", "COVID-19") and runs of bare numbers ("1,2,3") are
 * left alone.
 */
public final class FigureSuggester implements Suggester {
    static final String RULE_DIGITS = "figure.digits";
    static final String RULE_WORDS = "figure.words";
    static final String RULE_ORDINAL = "figure.ordinal";

    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{Nd}.,٫٬/:#-])(\\p{Nd}{1,3}(?:[,٬]\\p{Nd}{3})+"
            + "(?:[.٫]\\p{Nd}+)?|\\p{Nd}+(?:[.٫]\\p{Nd}+)?)(?!\\p{Nd}|[.,٫٬:/]\\p{Nd})");
    private static final Pattern RANGE_TAIL = Pattern.compile("\\G(\\s?[-–—]\\s?|\\s(?:to|and)\\s)(?:US\\$|\\$|£|€)?"
            + "(\\p{Nd}{1,3}(?:[,٬]\\p{Nd}{3})+(?:[.٫]\\p{Nd}+)?|\\p{Nd}+(?:[.٫]\\p{Nd}+)?)(?!\\p{Nd}|[.,:]\\p{Nd})");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\p{Nd}+(?:st|nd|rd|th)|first|second|third|fourth"
            + "|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth)(?:[- ](?:consecutive|straight"
            + "|successive) [\\p{L}]+| (?:time|times)\\b| (?:year|month|week|day) in a row)");
    private static final Set<String> TIME_AFTER = Set.of("am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "edt", "est",
            "cet", "o'clock", "hrs");

    @Override
    public String label() {
        return "figure";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en", "fa", "ar");
    }

    @Override
    public List<Suggestion> suggest(Prose prose) {
        String text = prose.text();
        List<Suggestion> out = new ArrayList<>();
        for (Sentences.Span s : prose.sentences()) {
            prose.checkCancelled();
            List<Figure> found = new ArrayList<>();
            Matcher m = DIGITS.matcher(text).region(s.start(), s.end()).useTransparentBounds(true);
            while (m.find()) {
                digitFigure(text, s, m).ifPresent(found::add);
            }
            wordFigures(text, s, found);
            found.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
            int taken = -1;
            for (Figure f : found) {
                if (f.start >= taken) {
                    out.add(f.toSuggestion(prose));
                    taken = f.end;
                }
            }
        }
        return out;
    }

    private java.util.Optional<Figure> digitFigure(String text, Sentences.Span s, Matcher m) {
        int start = m.start();
        int end = m.end();
        String number = m.group(1);
        double value = parse(number);
        Figure f = new Figure(start, end, value, RULE_DIGITS);
        Matcher cur = FigureWords.CURRENCY_BEFORE.matcher(text.substring(Math.max(s.start(), start - 4), start));
        if (cur.find()) {
            f.unit = FigureWords.currency(cur.group(1));
            f.kind = "money";
            f.start = start - cur.group(1).length();
        }
        String before = FigureWords.wordBefore(text, s.start(), start);
        if (f.kind == null && (FigureWords.IDENTIFIER_BEFORE.contains(before) || FigureWords.MONTHS.contains(before))) {
            return java.util.Optional.empty();
        }
        if (start == s.start() && end < s.end() && (text.charAt(end) == '.' || text.charAt(end) == ')')) {
            return java.util.Optional.empty(); // a list's number
        }
        if (end < s.end() && Character.isLetter(text.charAt(end))) {
            int w = end;
            while (w < s.end() && Character.isLetter(text.charAt(w))) {
                w++;
            }
            String glued = text.substring(end, w).toLowerCase(Locale.ROOT);
            if (glued.matches("st|nd|rd|th|am|pm|s") || !glued.matches("bn|mn|m|k|tn|km|kg|mph|mm|cm|ml|kw|mw|gw"
                    + "|kwh|ha|lb|lbs|ft|mi|g|t")) {
                return java.util.Optional.empty(); // ordinals and dates handled apart; 1990s, 3pm, 4G
            }
        }
        if (!extend(text, s, f, true)) {
            return java.util.Optional.empty();
        }
        if (f.unit == null && f.kind == null && !f.scaled && namedBefore(text, s, start)) {
            return java.util.Optional.empty(); // "Fattah 2", "Gaza 2035": a name's number
        }
        boolean plainInteger = number.matches("\\p{Nd}{4}");
        if (plainInteger && value >= 1800 && value <= 2100 && f.kind == null && !f.scaled
                && (f.unit == null || !FigureWords.isPlural(f.unit))) {
            return java.util.Optional.empty(); // a year
        }
        return java.util.Optional.of(f);
    }

    private void wordFigures(String text, Sentences.Span s, List<Figure> found) {
        Matcher w = NumberWords.WORD_NUMBER.matcher(text).region(s.start(), s.end()).useTransparentBounds(true);
        while (w.find()) {
            String words = w.group().toLowerCase(Locale.ROOT);
            Figure f = new Figure(w.start(), w.end(), NumberWords.wholeValue(words), RULE_WORDS);
            String before = FigureWords.wordBefore(text, s.start(), w.start());
            if (!extend(text, s, f, false) || before.equals("the") && !f.scaled
                    || words.equals("one") && !f.scaled) {
                continue;
            }
            if (f.unit == null && !f.scaled && f.kind == null) {
                continue; // "two of them", "one": a written number counts with what it counts
            }
            f.score = 0.7;
            found.add(f);
        }
        Matcher fr = NumberWords.FRACTION.matcher(text).region(s.start(), s.end()).useTransparentBounds(true);
        while (fr.find()) {
            String after = text.substring(fr.end(), Math.min(s.end(), fr.end() + 5)).toLowerCase(Locale.ROOT);
            String before = FigureWords.wordBefore(text, s.start(), fr.start());
            if (fr.group(3) != null && !(after.startsWith(" of ") || after.startsWith(" the ") || after.startsWith(" a "))
                    || before.equals("first") || before.equals("second") || before.equals("the")) {
                continue;
            }
            Figure f = new Figure(fr.start(), fr.end(), NumberWords.fractionValue(fr), RULE_WORDS);
            f.kind = "other";
            f.score = 0.7;
            qualify(text, s, f);
            found.add(f);
        }
        Matcher o = ORDINAL.matcher(text).region(s.start(), s.end()).useTransparentBounds(true);
        while (o.find()) {
            String n = o.group(1).toLowerCase(Locale.ROOT);
            double value = Character.isDigit(n.charAt(0)) ? parse(n.replaceAll("\\D", "")) : NumberWords.ORDINALS.get(n);
            Figure f = new Figure(o.start(), o.end(), value, RULE_ORDINAL);
            f.kind = "other";
            String last = o.group().substring(o.group().lastIndexOf(' ') + 1);
            f.unit = last.equals("row") ? null : last;
            f.score = 0.6;
            found.add(f);
        }
    }

    /** Adds scale, range, percent, currency word, unit and rate after the number; false when it is not a figure. */
    private boolean extend(String text, Sentences.Span s, Figure f, boolean digits) {
        Matcher scale = FigureWords.SCALE.matcher(text).region(f.end, s.end()).useTransparentBounds(true);
        if (scale.lookingAt() && (scale.group(2) == null || digits)) {
            String word = (scale.group(1) != null ? scale.group(1) : scale.group(2)).toLowerCase(Locale.ROOT);
            f.value *= NumberWords.SCALES.get(word);
            f.end = scale.end();
            f.scaled = true;
        }
        Matcher range = RANGE_TAIL.matcher(text).region(f.end, s.end()).useTransparentBounds(true);
        if (digits && range.lookingAt() && (!range.group(1).strip().equals("and")
                || FigureWords.wordBefore(text, s.start(), f.start).equals("between"))) {
            f.end = range.end();
            f.ranged = true;
            Matcher scale2 = FigureWords.SCALE.matcher(text).region(f.end, s.end()).useTransparentBounds(true);
            if (scale2.lookingAt()) {
                f.end = scale2.end();
            }
        }
        Matcher pct = FigureWords.PERCENT.matcher(text).region(f.end, s.end()).useTransparentBounds(true);
        if (pct.lookingAt()) {
            f.end = pct.end();
            f.unit = "percent";
            f.kind = "percentage";
        } else {
            Matcher word = FigureWords.WORD.matcher(text).region(f.end, s.end()).useTransparentBounds(true);
            if (word.lookingAt()) {
                String w1 = word.group(1);
                String lower = w1.toLowerCase(Locale.ROOT);
                if (TIME_AFTER.contains(lower)) {
                    return false;
                }
                if (FigureWords.MONTHS.contains(lower) && !digits) {
                    return false;
                }
                if (FigureWords.MONTHS.contains(lower) && Character.isUpperCase(w1.charAt(0))) {
                    return false; // "7 October"
                }
                String currency = FigureWords.CURRENCY_WORDS.get(lower);
                if (currency != null && f.kind == null) {
                    f.unit = currency;
                    f.kind = "money";
                    f.end = word.end();
                } else if (f.kind == null) {
                    unit(text, s, f, word, w1);
                }
                if (FigureWords.TIME_UNITS.contains(lower)) {
                    Matcher next = FigureWords.WORD.matcher(text).region(word.end(), s.end()).useTransparentBounds(true);
                    if (next.lookingAt() && next.group(1).matches("(?i)ago|later|earlier|before|after|from now")) {
                        return false; // "three weeks ago": a date
                    }
                }
            }
        }
        Matcher rate = FigureWords.RATE.matcher(text).region(f.end, s.end()).useTransparentBounds(true);
        if (rate.lookingAt() && (f.unit != null || f.kind != null)) {
            f.end = rate.end();
            f.kind = "rate";
        }
        qualify(text, s, f);
        return true;
    }

    private static void unit(String text, Sentences.Span s, Figure f, Matcher word, String w1) {
        Matcher second = FigureWords.WORD.matcher(text).region(word.end(), s.end()).useTransparentBounds(true);
        String w2 = second.lookingAt() ? second.group(1) : null;
        boolean w2Noun = w2 != null && Character.isLowerCase(w2.charAt(0)) && !FigureWords.isStop(w2)
                && FigureWords.isPlural(w2);
        if (Character.isLowerCase(w1.charAt(0)) && !FigureWords.isStop(w1)) {
            if (!FigureWords.isPlural(w1) && w2Noun) {
                f.unit = w1 + " " + w2;
                f.end = second.end();
            } else {
                f.unit = w1;
                f.end = word.end();
            }
            f.kind = "count";
        } else if (Character.isUpperCase(w1.charAt(0)) && w2Noun) {
            f.unit = w1 + " " + w2;
            f.end = second.end();
            f.kind = "count";
        }
    }

    /** Whether a capitalised word that does not open the sentence stands right before the number. */
    private static boolean namedBefore(String text, Sentences.Span s, int start) {
        int end = start;
        while (end > s.start() && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > s.start() && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && begin > s.start() && Character.isUpperCase(text.charAt(begin));
    }

    private static void qualify(String text, Sentences.Span s, Figure f) {
        int q = FigureWords.qualifierStart(text, s.start(), f.start);
        if (q >= 0 && (f.ranged || !text.startsWith("between", q) && !text.startsWith("from", q))) {
            f.start = q;
        }
    }

    /** The value of digits as written: group separators dropped, any script's digits read. */
    static double parse(String number) {
        StringBuilder b = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '.' || c == '٫') {
                b.append('.');
            }
        }
        try {
            return Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A figure being built: a UTF-16 span and what is known of it. */
    private static final class Figure {
        int start;
        int end;
        double value;
        String unit;
        String kind;
        boolean scaled;
        boolean ranged;
        double score = 0.9;
        final String rule;

        Figure(int start, int end, double value, String rule) {
            this.start = start;
            this.end = end;
            this.value = value;
            this.rule = rule;
        }

        Suggestion toSuggestion(Prose prose) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("value", jsonNumber(value));
            if (unit != null) {
                attributes.put("unit", unit);
            }
            attributes.put("kind", kind == null ? "other" : kind);
            return prose.suggestion("figure", start, end, attributes, rule, unit == null ? score - 0.2 : score,
                    "a number" + (unit == null ? "" : " of " + unit));
        }
    }

    /** A whole number as a Long (written 1200, not 1200.0), else the double rounded to 6 significant places. */
    static Number jsonNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).doubleValue();
    }
}
