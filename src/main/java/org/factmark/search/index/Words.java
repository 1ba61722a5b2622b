package org.factmark.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A text cut into folded words with where each stands in the text (UTF-16 offsets). */
final class Words {
    static final String FIELD = "all";
    private static final Analyzer ANALYZER = new FoldAnalyzer();

    private Words() {
    }

    record Word(String term, int start, int end) {
    }

    static Analyzer analyzer() {
        return ANALYZER;
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string is read from memory: not expected
        }
        return words;
    }

    static List<String> terms(String text) {
        return of(text).stream().map(Word::term).toList();
    }
}
