package org.factmark.add;

import java.util.Locale;
import java.util.Set;

/** Which way an article's text runs: from its declared language, else from the letters it is written in. */
public final class Direction {
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa", "he", "iw", "ur", "ps", "yi", "dv", "ckb",
            "sd", "ug", "syr", "ku-arab");
    private static final int SAMPLE = 4000;

    private Direction() {
    }

    /** "rtl" or "ltr" for a language tag, or null when there is none. */
    public static String ofLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = tag.split("-")[0];
        return RTL_LANGUAGES.contains(primary) || tag.contains("-arab") || tag.contains("-hebr") ? "rtl" : "ltr";
    }

    /** "rtl" when most strong letters in the first few thousand characters run right to left; else "ltr". */
    public static String ofText(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < Math.min(text.length(), SAMPLE); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(c);
        }
        return rtl > ltr ? "rtl" : "ltr";
    }

    /** The article's direction: as it says, else from its language, else from its text. */
    public static String of(ExtractedArticle article) {
        if ("rtl".equals(article.direction()) || "ltr".equals(article.direction())) {
            return article.direction();
        }
        String text = ArticleLayout.text(article);
        String fromText = text == null ? null : ofText(text);
        String fromLanguage = ofLanguage(article.language());
        // a page that declares "en" in its template but is written in Persian runs right to left
        return fromText != null && "rtl".equals(fromText) ? "rtl" : fromLanguage != null ? fromLanguage : fromText;
    }
}
