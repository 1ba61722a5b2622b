package org.factmark.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The annotations of one article, kept in {@link SpanOrder}, with lookup by id.
 *
 * <p>Underneath is an interval tree: a treap ordered by {@link SpanOrder} whose nodes also carry the largest
 * {@code end} and the number of annotations in their subtree. That answers "which annotations overlap
 * {@code [a, b)}" by visiting only subtrees that can hold one (O(log n + k) expected), finds an annotation's
 * rank in the list in O(log n), and adds or removes one in O(log n) — so nothing the editor does per
 * keystroke grows with the size of the document.
 */
public final class AnnotationSet {
    /** Innermost first: the shortest span, then the one starting last. What a click selects first. */
    public static final Comparator<Annotation> INNERMOST_FIRST = Comparator
            .comparingInt(Annotation::length)
            .thenComparing(Comparator.comparingInt(Annotation::start).reversed())
            .thenComparing(SpanOrder.ORDER);

    static final class Node {
        final Annotation value;
        final int priority;
        Node left;
        Node right;
        int size;
        int maxEnd;

        Node(Annotation value, int priority) {
            this.value = value;
            this.priority = priority;
            update();
        }

        void update() {
            size = 1 + size(left) + size(right);
            maxEnd = Math.max(value.end(), Math.max(maxEnd(left), maxEnd(right)));
        }

        /** A new node like this one: the only kind an edit changes, so a frozen view's nodes never change. */
        Node copy() {
            Node c = new Node(value, priority);
            c.left = left;
            c.right = right;
            c.size = size;
            c.maxEnd = maxEnd;
            return c;
        }
    }

    private final Map<String, Annotation> byId = new HashMap<>();
    // Fixed seed: the tree's shape (never its contents or order) then repeats from run to run.
    private final SplittableRandom random = new SplittableRandom(0x5EEDL);
    private Node root;

    public AnnotationSet() {
    }

    public AnnotationSet(Collection<Annotation> annotations) {
        if (!(annotations instanceof List<Annotation> list) || !buildInOrder(list)) {
            byId.clear();
            root = null;
            annotations.forEach(this::add);
        }
    }

    /**
     * Builds the tree in one pass from a list already in span order with unique ids (as a saved sidecar lists
     * them): the same tree the inserts one by one would give, with the same priorities, in O(n) rather than
     * O(n log n). False, with nothing decided, when the list is not such a list.
     */
    private boolean buildInOrder(List<Annotation> list) {
        for (int i = 1; i < list.size(); i++) {
            if (SpanOrder.ORDER.compare(list.get(i - 1), list.get(i)) >= 0) {
                return false;
            }
        }
        for (Annotation a : list) {
            if (byId.put(a.id(), a) != null) {
                return false;
            }
        }
        // the right spine of the tree so far: each new, largest key hangs below the last node of higher priority
        Node[] spine = new Node[64];
        int top = 0;
        for (Annotation a : list) {
            Node node = new Node(a, random.nextInt());
            Node below = null;
            while (top > 0 && spine[top - 1].priority < node.priority) {
                below = spine[--top];
            }
            node.left = below;
            if (top > 0) {
                spine[top - 1].right = node;
            }
            if (top == spine.length) {
                spine = java.util.Arrays.copyOf(spine, top * 2);
            }
            spine[top++] = node;
        }
        root = top == 0 ? null : spine[0];
        updateSubtrees(root);
        return true;
    }

    private static void updateSubtrees(Node n) {
        if (n != null) {
            updateSubtrees(n.left);
            updateSubtrees(n.right);
            n.update();
        }
    }

    public int size() {
        return byId.size();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public Optional<Annotation> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Adds an annotation; one with the same id is replaced. */
    public void add(Annotation a) {
        remove(a.id());
        byId.put(a.id(), a);
        root = insert(root, new Node(a, random.nextInt()));
    }

    /** Removes the annotation with this id; true when there was one. */
    public boolean remove(String id) {
        Annotation old = byId.remove(id);
        if (old == null) {
            return false;
        }
        root = delete(root, old);
        return true;
    }

    /** Every annotation in {@link SpanOrder}. */
    public List<Annotation> all() {
        List<Annotation> out = new ArrayList<>(size());
        inOrder(root, out);
        return out;
    }

    /**
     * The annotations as they are now, in {@link SpanOrder}, as a list that later edits do not change: made in
     * O(1), without copying (the tree is persistent), so a save can take it on the JavaFX thread and read it on
     * another.
     */
    public List<Annotation> frozen() {
        return new FrozenAnnotations(root);
    }

    /** {@code list} as an unchangeable list: itself when it is a {@link #frozen()} view, else a copy. */
    public static List<Annotation> unchangeable(List<Annotation> list) {
        return list instanceof FrozenAnnotations ? list : List.copyOf(list);
    }

    /** Zero-based position of the annotation in {@link #all()}, or -1 when it is not in the set. */
    public int indexOf(Annotation a) {
        Annotation present = byId.get(a.id());
        if (present == null) {
            return -1;
        }
        int rank = 0;
        Node n = root;
        while (n != null) {
            int c = SpanOrder.ORDER.compare(present, n.value);
            if (c == 0) {
                return rank + size(n.left);
            }
            if (c < 0) {
                n = n.left;
            } else {
                rank += size(n.left) + 1;
                n = n.right;
            }
        }
        return -1;
    }

    /** The annotation at a position of {@link #all()}. */
    public Annotation at(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return at(root, index);
    }

    static Annotation at(Node root, int index) {
        Node n = root;
        int i = index;
        while (true) {
            int leftSize = size(n.left);
            if (i < leftSize) {
                n = n.left;
            } else if (i == leftSize) {
                return n.value;
            } else {
                i -= leftSize + 1;
                n = n.right;
            }
        }
    }

    /** How many annotations start before {@code offset}: the position of the first starting at or after it. */
    public int countStartingBefore(int offset) {
        int count = 0;
        Node n = root;
        while (n != null) {
            if (n.value.start() < offset) {
                count += size(n.left) + 1;
                n = n.right;
            } else {
                n = n.left;
            }
        }
        return count;
    }

    /** The annotations sharing at least one character with {@code [from, to)}, in {@link SpanOrder}. */
    public List<Annotation> overlapping(int from, int to) {
        List<Annotation> out = new ArrayList<>();
        if (from < to) {
            collect(root, from, to, out);
        }
        return out;
    }

    /** The annotations holding the character at {@code offset}, innermost first. */
    public List<Annotation> covering(int offset) {
        List<Annotation> here = overlapping(offset, offset + 1);
        here.sort(INNERMOST_FIRST);
        return here;
    }

    /** How many annotations carry each label, in order of first appearance in the text. */
    public Map<String, Integer> countsByLabel() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Annotation a : all()) {
            counts.merge(a.label(), 1, Integer::sum);
        }
        return counts;
    }

    private static void collect(Node n, int from, int to, List<Annotation> out) {
        // A subtree whose ends all lie at or before `from` cannot hold an overlap.
        if (n == null || n.maxEnd <= from) {
            return;
        }
        collect(n.left, from, to, out);
        if (n.value.start() >= to) {
            return; // this node and everything to its right start too late
        }
        if (n.value.end() > from) {
            out.add(n.value);
        }
        collect(n.right, from, to, out);
    }

    private static void inOrder(Node n, List<Annotation> out) {
        while (n != null) {
            inOrder(n.left, out);
            out.add(n.value);
            n = n.right;
        }
    }

    // Edits copy the nodes on their path and change only those copies (a persistent treap): a tree handed out
    // by frozen() is never changed, whatever is edited after.

    private static Node insert(Node n, Node fresh) {
        if (n == null) {
            return fresh;
        }
        Node m = n.copy();
        if (SpanOrder.ORDER.compare(fresh.value, m.value) < 0) {
            m.left = insert(m.left, fresh);
            if (m.left.priority > m.priority) {
                m = rotateRight(m);
            }
        } else {
            m.right = insert(m.right, fresh);
            if (m.right.priority > m.priority) {
                m = rotateLeft(m);
            }
        }
        m.update();
        return m;
    }

    private static Node delete(Node n, Annotation a) {
        if (n == null) {
            return null;
        }
        int c = SpanOrder.ORDER.compare(a, n.value);
        if (c == 0) {
            return merge(n.left, n.right);
        }
        Node m = n.copy();
        if (c < 0) {
            m.left = delete(m.left, a);
        } else {
            m.right = delete(m.right, a);
        }
        m.update();
        return m;
    }

    private static Node merge(Node left, Node right) {
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        if (left.priority > right.priority) {
            Node m = left.copy();
            m.right = merge(m.right, right);
            m.update();
            return m;
        }
        Node m = right.copy();
        m.left = merge(left, m.left);
        m.update();
        return m;
    }

    /** Rotates {@code n}, a copy made by this edit, with its left child, also one: only copies change. */
    private static Node rotateRight(Node n) {
        Node l = n.left;
        n.left = l.right;
        l.right = n;
        n.update();
        l.update();
        return l;
    }

    /** Rotates {@code n}, a copy made by this edit, with its right child, also one. */
    private static Node rotateLeft(Node n) {
        Node r = n.right;
        n.right = r.left;
        r.left = n;
        n.update();
        r.update();
        return r;
    }

    static int size(Node n) {
        return n == null ? 0 : n.size;
    }

    private static int maxEnd(Node n) {
        return n == null ? Integer.MIN_VALUE : n.maxEnd;
    }
}
