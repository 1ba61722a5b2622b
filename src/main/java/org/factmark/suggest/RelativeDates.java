package org.factmark.suggest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** Dates said relative to the article's own: "on Sunday", "last year", "yesterday", "three weeks ago". */
final class RelativeDates {
    private static final Map<String, Integer> COUNTS = new LinkedHashMap<>(Map.of("a", 1, "an", 1, "one", 1,
            "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8));

    static {
        COUNTS.putAll(Map.of("nine", 9, "ten", 10, "eleven", 11, "twelve", 12));
    }

    private RelativeDates() {
    }

    /** A found relative date, or null when it names no day, month or year ("this week"). */
    static DateFound resolve(String text, Matcher m, LocalDate published, boolean future) {
        if (m.group("ago") != null) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : COUNTS.getOrDefault(n, 1);
            String unit = m.group("span").toLowerCase(Locale.ROOT);
            if (published == null) {
                return new DateFound(m.start("ago"), m.end("ago"), null);
            }
            String date = unit.startsWith("day") ? published.minusDays(count).toString()
                    : unit.startsWith("week") ? published.minusWeeks(count).toString()
                    : unit.startsWith("month") ? YearMonth.from(published).minusMonths(count).toString()
                    : String.valueOf(published.getYear() - count);
            return new DateFound(m.start("ago"), m.end("ago"), date);
        }
        String whole = m.group("rel");
        String unit = m.group("unit");
        String dir = m.group("dir") == null ? "" : m.group("dir").toLowerCase(Locale.ROOT);
        int start = dir.equals("on") ? m.start("unit") : m.start("rel");
        int end = m.end("rel");
        if (unit == null) {
            String w = whole.toLowerCase(Locale.ROOT);
            if (!Character.isLowerCase(whole.charAt(0)) && !Character.isUpperCase(whole.charAt(0))) {
                return null;
            }
            LocalDate d = published == null ? null : w.equals("yesterday") ? published.minusDays(1)
                    : w.equals("tomorrow") ? published.plusDays(1) : published;
            return new DateFound(start, end, d == null ? null : d.toString());
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.equals("week") || u.equals("weekend")) {
            return null;
        }
        if (u.equals("month") || u.equals("year")) {
            if (dir.isEmpty() || dir.equals("on")) {
                return null;
            }
            if (published == null) {
                return new DateFound(start, end, null);
            }
            int step = dir.equals("last") || dir.equals("previous") || dir.equals("past") ? -1
                    : dir.equals("next") || dir.equals("coming") ? 1 : 0;
            return new DateFound(start, end, u.equals("month") ? YearMonth.from(published).plusMonths(step).toString()
                    : String.valueOf(published.getYear() + step));
        }
        if (!Character.isUpperCase(unit.charAt(0))) {
            return null;
        }
        if (published == null) {
            return new DateFound(start, end, null);
        }
        DayOfWeek day = DayOfWeek.valueOf(u.toUpperCase(Locale.ROOT));
        boolean ahead = dir.equals("next") || dir.equals("coming") || future && !dir.equals("last");
        boolean strictly = dir.equals("last") || dir.equals("next");
        return new DateFound(start, end, DateSuggester.weekday(published, day, ahead, strictly).toString());
    }

    /** A relative date: its UTF-16 span and ISO date (null when the article's date is not known). */
    record DateFound(int start, int end, String date) {
    }
}
