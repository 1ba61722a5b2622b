package org.factmark.model;

/** A tree no edit changes, as a read-only list: O(log n) by index, O(1) a step when iterated. */
final class FrozenAnnotations extends java.util.AbstractList<Annotation> implements java.util.RandomAccess {
    private final AnnotationSet.Node root;

    FrozenAnnotations(AnnotationSet.Node root) {
        this.root = root;
    }

    @Override
    public int size() {
        return AnnotationSet.size(root);
    }

    @Override
    public Annotation get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return AnnotationSet.at(root, index);
    }

    @Override
    public java.util.Iterator<Annotation> iterator() {
        java.util.ArrayDeque<AnnotationSet.Node> path = new java.util.ArrayDeque<>();
        for (AnnotationSet.Node n = root; n != null; n = n.left) {
            path.push(n);
        }
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return !path.isEmpty();
            }

            @Override
            public Annotation next() {
                if (path.isEmpty()) {
                    throw new java.util.NoSuchElementException();
                }
                AnnotationSet.Node n = path.pop();
                for (AnnotationSet.Node m = n.right; m != null; m = m.left) {
                    path.push(m);
                }
                return n.value;
            }
        };
    }
}
