package org.factmark.suggest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What surrounds a number in a figure: its qualifier, currency, percent sign, unit and rate. */
final class FigureWords {
    static final Pattern QUALIFIER = Pattern.compile("(?i)(?:^|[^\\p{L}])(no (?:more|fewer|less) than|more than|"
            + "less than|fewer than|at least|at most|up to|as many as|as much as|as few as|as little as|"
            + "just over|just under|well over|well under|close to|upwards of|in excess of|an estimated|"
            + "estimated|nearly|almost|about|around|approximately|roughly|some|over|under|only|a mere|"
            + "between|from|a total of|an average of|a record|a further|another|an additional|a whopping)\\s+$");
    static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|A\\$|C\\$|NZ\\$|HK\\$|\\$|£|€|¥|₹|₪|Rs\\.? ?|"
            + "USD ?|EUR ?|GBP ?)$");
    static final Pattern PERCENT = Pattern.compile("\\G(?: ?%| ?٪|\\s(?:per ?cent|percentage points?|pc|درصد)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern SCALE = Pattern.compile("\\G(?:\\s(million|billion|trillion|thousand|hundred|lakh|crore|bn)"
            + "|(bn|mn|m|k|tn))(?![\\p{L}\\p{Nd}])", Pattern.CASE_INSENSITIVE);
    static final Pattern RATE = Pattern.compile("\\G\\s(?:(?:per|a|an|each|every) (?:year|month|week|day|hour|annum|"
            + "capita|person|head|household|minute|second|litre|liter|gallon|barrel|kilo|kilogram|pound|"
            + "\\p{Nd}[\\p{Nd},]*(?: [\\p{L}]+)?)|annually|yearly|a year|year-on-year|year on year)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    static final Pattern WORD = Pattern.compile("\\G\\s([\\p{L}][\\p{L}'’-]*)");
    static final Map<String, String> CURRENCY_SYMBOLS = Map.ofEntries(Map.entry("$", "USD"),
            Map.entry("US$", "USD"), Map.entry("A$", "AUD"), Map.entry("C$", "CAD"), Map.entry("NZ$", "NZD"),
            Map.entry("HK$", "HKD"), Map.entry("£", "GBP"), Map.entry("€", "EUR"), Map.entry("¥", "JPY"),
            Map.entry("₹", "INR"), Map.entry("₪", "ILS"), Map.entry("Rs", "INR"), Map.entry("Rs.", "INR"),
            Map.entry("USD", "USD"), Map.entry("EUR", "EUR"), Map.entry("GBP", "GBP"));
    static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("euros", "EUR"), Map.entry("pounds", "GBP"), Map.entry("rials", "IRR"),
            Map.entry("riyals", "SAR"), Map.entry("tomans", "toman"), Map.entry("shekels", "ILS"),
            Map.entry("yuan", "CNY"), Map.entry("yen", "JPY"), Map.entry("rupees", "INR"),
            Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"), Map.entry("dinars", "dinar"),
            Map.entry("lira", "TRY"), Map.entry("pesos", "peso"), Map.entry("francs", "CHF"),
            Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"));
    static final Set<String> STOP = Set.copyOf(java.util.List.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for",
            "by", "from", "with", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
            "would", "could", "should", "may", "might", "can", "that", "this", "these", "those", "which", "who",
            "whom", "than", "per", "it", "its", "their", "his", "her", "they", "he", "she", "we", "you", "i",
            "not", "no", "so", "if", "into", "since", "until", "after", "before", "during", "over", "under",
            "more", "less", "fewer", "times", "each", "all", "up", "down", "out", "off", "also", "only", "just",
            "there", "here", "when", "while", "where", "what", "do", "did", "does", "said", "says", "say",
            "am", "pm", "ago", "later", "earlier", "last", "next", "other", "others", "such", "about", "around"));
    static final Set<String> PLURAL_IRREGULAR = Set.copyOf(java.util.List.of("people", "children", "men", "women", "police", "staff",
            "personnel", "cattle", "sheep", "fish", "deer", "troops", "youth", "feet", "teeth", "mice", "geese"));
    static final Set<String> IDENTIFIER_BEFORE = Set.copyOf(java.util.List.of("resolution", "article", "section", "chapter", "route",
            "highway", "flight", "room", "level", "phase", "stage", "act", "amendment", "proposition", "prop",
            "bill", "item", "paragraph", "clause", "volume", "vol", "page", "episode", "season", "no", "no.",
            "number", "platform", "gate", "district", "ward", "precinct", "unit", "model", "version", "type",
            "class", "grade", "pages", "psalm", "verse", "covid", "sars-cov", "g", "f", "su", "mig", "boeing",
            "airbus", "windows", "iphone", "category", "interstate", "channel", "camp"));
    static final Set<String> MONTHS = Set.copyOf(java.util.List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec"));
    static final Set<String> TIME_UNITS = Set.copyOf(java.util.List.of("days", "weeks", "months", "years", "hours", "minutes",
            "decades", "day", "week", "month", "year", "hour", "minute", "decade", "centuries", "century"));

    private FigureWords() {
    }

    /** The qualifier ("more than ") that ends right at {@code start}, or -1. Returns its start. */
    static int qualifierStart(String text, int lineStart, int start) {
        int from = Math.max(lineStart, start - 24);
        Matcher m = QUALIFIER.matcher(text.substring(from, start));
        return m.find() ? from + m.start(1) : -1;
    }

    /** The unit ISO code of a currency sign or word. */
    static String currency(String sign) {
        String s = sign.strip();
        String code = CURRENCY_SYMBOLS.get(s);
        return code != null ? code : CURRENCY_WORDS.get(s.toLowerCase(Locale.ROOT));
    }

    static boolean isPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PLURAL_IRREGULAR.contains(w) || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("us") && !w.endsWith("is");
    }

    static boolean isStop(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The word (letters only) that ends right before {@code at}, skipping one space and a full stop. */
    static String wordBefore(String text, int lineStart, int at) {
        int end = at;
        while (end > lineStart && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.')) {
            end--;
            if (at - end > 2) {
                break;
            }
        }
        int begin = end;
        while (begin > lineStart && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }
}
