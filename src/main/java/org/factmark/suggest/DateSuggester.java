package org.factmark.suggest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, as event suggestions whose {@code date} is ISO 8601: absolute ("7 October 2023", "October 7", "March
 * 2022", "in 2019", "2023-10-07") and relative ("on Sunday", "last June", "yesterday", "three weeks ago", "last
 * year"), resolved against the article's date. A date without a year takes the year that puts it nearest the
 * article's date; a weekday is the last one on or before it unless the sentence speaks of what will come. Without
 * an article date, relative dates are suggested with no {@code date}.
 */
public final class DateSuggester implements Suggester {
    static final String RULE_ABSOLUTE = "date.absolute";
    static final String RULE_RELATIVE = "date.relative";

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String MOD = "(?:(early|mid|late|the end of|the start of|the beginning of)[- ])?";
    private static final Pattern DATES = Pattern.compile(
            "\\b(?<iso>(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))\\b"
            + "|\\b(?<md>" + MOD + "(?<m1>" + MONTH.substring(1) + "\\s+" + DAY + "(?:,?\\s+(?<y1>\\d{4}))?)(?![\\d:])"
            + "|\\b(?<dm>" + DAY.replace("(\\d", "(?<d2>\\d") + "\\s+(?:of\\s+)?(?<m2>" + MONTH.substring(1)
            + "(?:,?\\s+(?<y2>\\d{4}))?)\\b"
            + "|\\b(?<my>" + MOD.replace("(early", "(?<mod3>early") + "(?<m3>" + MONTH.substring(1)
            + "(?:\\s+(?<y3>\\d{4}))?)\\b"
            + "|\\b(?<year>" + MOD.replace("(early", "(?<mod4>early") + "(?<y4>(?:19|20)\\d{2}))\\b(?![-/]\\d)"
            + "|\\b(?<rel>(?:(?<dir>last|next|this|on|coming|previous|past)\\s+)?(?<unit>Monday|Tuesday|Wednesday|"
            + "Thursday|Friday|Saturday|Sunday|week|month|year|weekend)|yesterday|today|tomorrow|tonight)\\b"
            + "|\\b(?<ago>(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
            + "(?<span>days?|weeks?|months?|years?)\\s+(?:ago|earlier))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "from",
            "during", "of", "before", "after", "early", "mid", "late", "to", "through", "and", "between");
    private static final Pattern FUTURE = Pattern.compile("\\b(will|would|shall|going to|plans? to|expected to|"
            + "scheduled|due to|next|upcoming)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public String label() {
        return "event";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public List<Suggestion> suggest(Prose prose) {
        String text = prose.text();
        List<Suggestion> out = new ArrayList<>();
        for (Sentences.Span s : prose.sentences()) {
            prose.checkCancelled();
            Matcher m = DATES.matcher(text).region(s.start(), s.end()).useTransparentBounds(true);
            while (m.find()) {
                boolean future = FUTURE.matcher(text).region(s.start(), m.start()).find();
                Found f = resolve(text, s, m, prose.published(), future);
                if (f == null) {
                    continue;
                }
                Map<String, Object> attributes = new LinkedHashMap<>();
                if (f.date != null) {
                    attributes.put("date", f.date);
                }
                out.add(prose.suggestion("event", f.start, f.end, attributes, f.rule,
                        f.date == null ? 0.5 : f.rule.equals(RULE_ABSOLUTE) ? 0.9 : 0.8,
                        f.rule.equals(RULE_ABSOLUTE) ? "a date" : "a relative date"));
            }
        }
        return out;
    }

    private record Found(int start, int end, String date, String rule) {
    }

    private static Found resolve(String text, Sentences.Span s, Matcher m, LocalDate published, boolean future) {
        if (m.group("iso") != null) {
            return new Found(m.start(), m.end(), m.group("iso"), RULE_ABSOLUTE);
        }
        if (m.group("md") != null || m.group("dm") != null) {
            boolean md = m.group("md") != null;
            String monthWord = md ? m.group("m1") : m.group("m2");
            int month = month(monthWord);
            int day = Integer.parseInt(dayOf(m, md));
            String y = md ? m.group("y1") : m.group("y2");
            if (month < 1 || day < 1 || day > 31 || !Character.isUpperCase(monthWord.charAt(0))) {
                return null;
            }
            int start = md ? m.start("md") : m.start("dm");
            int end = md ? m.end("md") : m.end("dm");
            if (y != null) {
                return new Found(start, end, iso(Integer.parseInt(y), month, day), RULE_ABSOLUTE);
            }
            return new Found(start, end, published == null ? null : nearestYear(published, month, day), RULE_ABSOLUTE);
        }
        if (m.group("my") != null) {
            String word = m.group("m3");
            String monthWord = word.split("\\s+")[0];
            if (monthWord.equalsIgnoreCase("may") || monthWord.equalsIgnoreCase("march")) {
                String before = FigureWords.wordBefore(text, s.start(), m.start());
                if (m.group("y3") == null && !Set.of("in", "last", "next", "since", "early", "late", "mid", "until",
                        "this", "of", "by").contains(before)) {
                    return null; // "may" the verb, "march" the walk
                }
            }
            if (!Character.isUpperCase(monthWord.charAt(0)) || monthWord.length() < 3) {
                return null;
            }
            int month = month(monthWord);
            String before = FigureWords.wordBefore(text, s.start(), m.start());
            int start = m.start("my");
            if (before.equals("last") || before.equals("next") || before.equals("this")) {
                start = startOfWordBefore(text, s.start(), m.start());
            }
            if (m.group("y3") != null) {
                return new Found(start, m.end("my"), String.format("%04d-%02d", Integer.parseInt(m.group("y3")),
                        month), RULE_ABSOLUTE);
            }
            if (published == null) {
                return new Found(start, m.end("my"), null, RULE_RELATIVE);
            }
            YearMonth at = YearMonth.from(published);
            YearMonth candidate = YearMonth.of(at.getYear(), month);
            if (before.equals("last") && !candidate.isBefore(at)) {
                candidate = candidate.minusYears(1);
            } else if (before.equals("next") && !candidate.isAfter(at)) {
                candidate = candidate.plusYears(1);
            } else if (!before.equals("this") && Math.abs(candidate.minusMonths(at.getMonthValue()).getMonthValue()
                    - 12) < 6 && candidate.isAfter(at) && !future) {
                candidate = candidate.minusYears(1);
            }
            return new Found(start, m.end("my"), candidate.toString(), RULE_RELATIVE);
        }
        if (m.group("year") != null) {
            String before = FigureWords.wordBefore(text, s.start(), m.start());
            String mod = m.group("mod4");
            if (mod == null && !YEAR_PREPOSITIONS.contains(before)) {
                return null;
            }
            if (m.end() < s.end() && Character.isLetter(text.charAt(Math.min(m.end() + 1, s.end() - 1)))
                    && m.end() + 1 < s.end() && text.charAt(m.end()) == ' '
                    && Character.isLowerCase(text.charAt(m.end() + 1)) && before.equals("the")) {
                return null;
            }
            return new Found(m.start("year"), m.end("year"), m.group("y4"), RULE_ABSOLUTE);
        }
        RelativeDates.DateFound r = RelativeDates.resolve(text, m, published, future);
        return r == null ? null : new Found(r.start(), r.end(), r.date(), RULE_RELATIVE);
    }

    private static String dayOf(Matcher m, boolean md) {
        Matcher d = ONE_OR_TWO_DIGITS.matcher(md ? m.group("md") : m.group("dm"));
        return d.find() ? d.group() : "0";
    }

    /** Where the word before {@code at} (past one space) starts. */
    static int startOfWordBefore(String text, int from, int at) {
        int i = at;
        while (i > from && text.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > from && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (w.startsWith(names[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    static String iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return String.format("%04d-%02d", year, month);
        }
    }

    /** The date with this month and day nearest the article's date. */
    static String nearestYear(LocalDate published, int month, int day) {
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (best == null || Math.abs(d.toEpochDay() - published.toEpochDay())
                        < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                    best = d;
                }
            } catch (java.time.DateTimeException e) {
                // 29 February in a common year, 31 April: try the next year
            }
        }
        return best == null ? null : best.toString();
    }

    /** The weekday on or before the date (or after it, for what is to come). */
    static LocalDate weekday(LocalDate published, DayOfWeek day, boolean future, boolean strictly) {
        LocalDate d = published;
        if (future) {
            d = strictly ? d.plusDays(1) : d;
            while (d.getDayOfWeek() != day) {
                d = d.plusDays(1);
            }
        } else {
            d = strictly ? d.minusDays(1) : d;
            while (d.getDayOfWeek() != day) {
                d = d.minusDays(1);
            }
        }
        return d;
    }
}
