package org.factmark.claims;

import java.util.HashMap;
import java.util.Map;

/**
 * A light English stemmer, enough for claims said in other words: plurals, past tenses and -ing forms come
 * to one stem ({@code killed}, {@code kills}, {@code killing} → {@code kill}; {@code increased},
 * {@code increase} → {@code increas}), a few irregular forms to their verb, and a few words of one meaning to
 * one stem: of dying (a death toll is said as killed, dead, died or deaths), of rising and of falling. Words of
 * other scripts are left as they are.
 */
final class Stemmer {
    static final String RISE = "rise";
    static final String FALL = "fall";
    static final String KILL = "kill";
    static final String INJURE = "injur";
    private static final Map<String, String> IRREGULAR = new HashMap<>();

    static {
        for (String w : "dead death deaths die died dies dying kill kills killed killing fatalities fatality".split(" ")) {
            IRREGULAR.put(w, "kill");
        }
        String[][] forms = {
            {"paid", "pay"}, {"won", "win"}, {"spent", "spend"},
            {"built", "build"}, {"sold", "sell"}, {"bought", "buy"}, {"left", "leave"}, {"held", "hold"},
            {"began", "begin"}, {"begun", "begin"}, {"took", "take"}, {"taken", "take"}, {"gave", "give"},
            {"given", "give"}, {"made", "make"}, {"wounded", "injur"}, {"injured", "injur"}, {"injuries", "injur"},
            {"children", "child"}, {"women", "woman"}, {"men", "man"}, {"people", "person"}, {"persons", "person"},
            {"cent", "percent"}, {"emission", "emit"}, {"emissions", "emit"}, {"chinese", "china"},
            {"iranian", "iran"}, {"talks", "negotiat"}, {"negotiate", "negotiat"}, {"negotiation", "negotiat"},
            {"negotiations", "negotiat"}, {"hottest", "hot"}, {"warmest", "hot"}, {"warm", "hot"},
        };
        for (String w : "rise rises rose risen rising increase increases increased increasing raise raises raised raising "
                .concat("grow grows grew grown growing climb climbs climbed jump jumps jumped soar soared").split(" ")) {
            IRREGULAR.put(w, RISE);
        }
        for (String w : "fall falls fell fallen falling drop drops dropped dropping decline declines declined "
                .concat("declining decrease decreases decreased cut cuts shrink shrank shrunk reduce reduced lose lost")
                .split(" ")) {
            IRREGULAR.put(w, FALL);
        }
        for (String[] f : forms) {
            IRREGULAR.put(f[0], f[1]);
        }
    }

    private Stemmer() {
    }

    /** The stem of a folded (lower-case) word. */
    static String stem(String word) {
        String known = IRREGULAR.get(word);
        if (known != null) {
            return known;
        }
        if (word.length() <= 3 || !isLatin(word)) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && hasVowel(w, w.length() - 3) && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && hasVowel(w, w.length() - 2) && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code stopp} → {@code stop}, but {@code kill}, {@code pass} and {@code buzz} stay. */
    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeioulsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 'z' || word.charAt(i) < 'a') {
                return false;
            }
        }
        return true;
    }
}
