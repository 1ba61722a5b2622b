package org.factmark.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims said again, grouped: two claims of one label are in a group when they are alike (see
 * {@link ClaimIndex}), and a group holds every claim joined to it by a chain of alike pairs.
 */
public final class ClaimGroups {
    private ClaimGroups() {
    }

    /** The groups of two or more claims of {@code label}, largest first; each group in the index's order. */
    public static List<List<Claim>> of(ClaimIndex index, String label) {
        List<Claim> claims = index.claims();
        int[] parent = new int[claims.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < parent.length; i++) {
            if (claims.get(i).label().equals(label)) {
                for (int j : index.alikeTo(i)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Claim>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            if (claims.get(i).label().equals(label)) {
                groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(claims.get(i));
            }
        }
        List<List<Claim>> result = new ArrayList<>();
        for (List<Claim> group : groups.values()) {
            if (group.size() > 1) {
                result.add(List.copyOf(group));
            }
        }
        result.sort(Comparator.comparingInt((List<Claim> g) -> -g.size()));
        return result;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
