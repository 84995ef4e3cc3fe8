package com.journeymaps.core.merge;

import com.journeymaps.core.diff.ListOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The three-way merge of the order of one list of elements. Elements neither version moved keep
 * their common order and serve as anchors. Every element one version added or moved is placed
 * after the anchor it follows in that version, together with its neighbours from the same version,
 * so a version's own order is kept. When both versions put elements after the same anchor, the
 * version whose first element has the smaller id comes first: a rule that does not depend on which
 * version is "ours", so merging x into y orders exactly as merging y into x. An element both
 * versions moved after different anchors has been moved to two places: a conflict.
 */
final class OrderMerge {

    private static final String START = "\u0000start";

    private OrderMerge() {
    }

    /**
     * The merged order of {@code survivors} (the ids the merged list holds).
     *
     * @param movedTwice told the id of each element moved to two different places
     */
    static List<String> order(List<String> base, List<String> ours, List<String> theirs, Set<String> survivors,
                              Consumer<String> movedTwice) {
        Set<String> inBase = new HashSet<>(base);
        Set<String> movedOurs = ListOrder.moved(base, ours);
        Set<String> movedTheirs = ListOrder.moved(base, theirs);
        List<String> skeleton = new ArrayList<>();
        for (String id : base) {
            if (survivors.contains(id) && !movedOurs.contains(id) && !movedTheirs.contains(id)) {
                skeleton.add(id);
            }
        }
        Set<String> anchors = new HashSet<>(skeleton);
        Map<String, String> anchorOurs = new HashMap<>();
        Map<String, String> anchorTheirs = new HashMap<>();
        Map<String, List<String>> runsOurs = runs(ours, inBase, movedOurs, anchors, survivors, anchorOurs);
        Map<String, List<String>> runsTheirs = runs(theirs, inBase, movedTheirs, anchors, survivors, anchorTheirs);
        anchorOurs.forEach((id, anchor) -> {
            String other = anchorTheirs.get(id);
            if (other != null && !other.equals(anchor)) {
                movedTwice.accept(id);
            }
        });
        Set<String> emitted = new LinkedHashSet<>();
        emitRuns(START, runsOurs, runsTheirs, emitted);
        for (String anchor : skeleton) {
            emitted.add(anchor);
            emitRuns(anchor, runsOurs, runsTheirs, emitted);
        }
        if (emitted.size() < survivors.size()) { // cannot happen: every survivor is an anchor or placed
            survivors.stream().filter(id -> !emitted.contains(id)).sorted().forEach(emitted::add);
        }
        return new ArrayList<>(emitted);
    }

    /** The elements one version added or moved, grouped by the anchor they follow in that version. */
    private static Map<String, List<String>> runs(List<String> side, Set<String> inBase, Set<String> moved,
                                                  Set<String> anchors, Set<String> survivors,
                                                  Map<String, String> anchorOf) {
        Map<String, List<String>> runs = new HashMap<>();
        String anchor = START;
        for (String id : side) {
            if (anchors.contains(id)) {
                anchor = id;
            } else if (survivors.contains(id) && (!inBase.contains(id) || moved.contains(id))) {
                runs.computeIfAbsent(anchor, a -> new ArrayList<>()).add(id);
                anchorOf.put(id, anchor);
            }
        }
        return runs;
    }

    private static void emitRuns(String anchor, Map<String, List<String>> runsOurs,
                                 Map<String, List<String>> runsTheirs, Set<String> emitted) {
        List<String> a = runsOurs.getOrDefault(anchor, List.of());
        List<String> b = runsTheirs.getOrDefault(anchor, List.of());
        boolean oursFirst = compare(a, b) <= 0;
        (oursFirst ? a : b).forEach(emitted::add);
        (oursFirst ? b : a).forEach(emitted::add);
    }

    /** Lexicographic order of two id lists. */
    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
