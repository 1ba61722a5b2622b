package org.factmark.claims;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Words that say nothing about what a claim claims: English function words, and the verbs and phrases that
 * report a claim rather than make it ("said", "according to", "claimed"). Persian and Arabic function words
 * are here too, folded as {@link org.factmark.search.Fold} folds them.
 */
final class StopWords {
    private static final Set<String> WORDS = new HashSet<>(Arrays.asList((""
            + "a an the and or but nor so yet of in on at to for from by with without about as into onto over under "
            + "than then that this these those there here it its it's he she they them their his her him we us our "
            + "you your i me my mine who whom whose which what when where why how is are was were be been being am "
            + "do does did done doing have has had having will would shall should can could may might must not no "
            + "also just only very more most less least some any all each every both either neither such same other "
            + "another up down out off again further once now still even ever too per via against between among "
            + "during before after above below since until while because if whether though although "
            + "say says said saying told tell tells according claim claims claimed claiming state states stated "
            + "report reports reported statement announce announced add added insist insisted note noted "
            + "suggest suggested argue argued assert asserted allege alleged alleges "
            + "mr mrs ms dr times "
            + "و در به از که این آن را با برای است بود شد می ها های یک تا بر هم نیز گفت گفته "
            + "فی من علی الی عن مع هذا هذه ذلک التی الذی ان کان قال").split(" ")));

    private StopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
