package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.SpanOrder;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random sequences of add, delete, relabel, edit, undo and redo must leave the document in exactly the state a
 * simple reference model predicts: a list of whole states and a pointer into it.
 */
class UndoModelTest {
    private static final String TEXT = "Officials said 1,200 people died 😀 in the attack. Later, 300 fled the city "
            + "while the ministry denied it all and promised a review of the figures.";
    private static final String[] LABELS = {"quote", "figure", "assertion", "event"};

    @RepeatedTest(40)
    void randomEditsUndoAndRedoMatchTheReferenceModel(RepetitionInfo info) {
        long seed = 0x0D0L * 1000 + info.getCurrentRepetition();
        Random random = new Random(seed);
        AnnotationDocument doc = AnnotationDocument.fresh(Path.of("a.txt"), ArticleLoader.fromString("a.txt", TEXT));
        List<Map<String, Annotation>> states = new ArrayList<>();
        states.add(Map.of());
        int at = 0;
        for (int step = 0; step < 150; step++) {
            Map<String, Annotation> now = new HashMap<>(states.get(at));
            List<String> ids = new ArrayList<>(now.keySet());
            ids.sort(null);
            boolean changed = false;
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    int from = random.nextInt(TEXT.length() - 1);
                    int to = Math.min(TEXT.length(), from + 1 + random.nextInt(30));
                    if (Character.isLowSurrogate(TEXT.charAt(from)) || to < TEXT.length()
                            && Character.isLowSurrogate(TEXT.charAt(to))) {
                        continue;
                    }
                    Optional<Annotation> added = doc.label(from, to, LABELS[random.nextInt(4)]);
                    if (added.isPresent()) {
                        now.put(added.get().id(), added.get());
                        changed = true;
                    }
                }
                case 2 -> {
                    if (!ids.isEmpty()) {
                        String id = ids.get(random.nextInt(ids.size()));
                        doc.delete(List.of(id));
                        now.remove(id);
                        changed = true;
                    }
                }
                case 3 -> {
                    if (!ids.isEmpty()) {
                        String id = ids.get(random.nextInt(ids.size()));
                        for (Annotation a : doc.relabel(List.of(id), LABELS[random.nextInt(4)])) {
                            now.put(a.id(), a);
                            changed = true;
                        }
                    }
                }
                case 4 -> {
                    if (!ids.isEmpty()) {
                        String id = ids.get(random.nextInt(ids.size()));
                        doc.update("Edit note", List.of(now.get(id).withNote("note " + step, "")));
                        now.put(id, doc.annotations().get(id).orElseThrow());
                        changed = true;
                    }
                }
                default -> {
                    if (random.nextBoolean()) {
                        assertEquals(at > 0, doc.undo(), "seed " + seed + ", step " + step + ": undo");
                        at = Math.max(0, at - 1);
                    } else {
                        assertEquals(at < states.size() - 1, doc.redo(), "seed " + seed + ", step " + step + ": redo");
                        at = Math.min(states.size() - 1, at + 1);
                    }
                }
            }
            if (changed) {
                states.subList(at + 1, states.size()).clear();
                states.add(now);
                at++;
            }
            List<Annotation> expected = new ArrayList<>(states.get(at).values());
            expected.sort(SpanOrder.ORDER);
            assertEquals(expected, doc.annotations().all(), "seed " + seed + ", step " + step);
        }
    }
}
