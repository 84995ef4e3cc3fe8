package com.journeymaps.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which elements of an ordered list were moved. Order in a journey map is explicit (the position
 * in a list), so "moved" has to be inferred from two orders of the same ids: the elements kept in
 * place are a longest subsequence whose relative order did not change, and every other element
 * counts as moved. When a single element is dragged elsewhere, that is exactly the dragged one.
 * Elements present in only one of the lists (added or removed) are neither.
 *
 * <p>Runs in O(n log n) (patience sorting), so lists of thousands of touchpoints stay cheap.
 */
public final class ListOrder {

    private ListOrder() {
    }

    /** The ids found in both lists whose relative order changed from {@code before} to {@code after}. */
    public static Set<String> moved(List<String> before, List<String> after) {
        Map<String, Integer> beforeIndex = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            beforeIndex.put(before.get(i), i);
        }
        List<String> common = new ArrayList<>();
        List<Integer> sequence = new ArrayList<>();
        for (String id : after) {
            Integer index = beforeIndex.get(id);
            if (index != null) {
                common.add(id);
                sequence.add(index);
            }
        }
        Set<String> moved = new HashSet<>(common);
        for (int position : longestIncreasing(sequence)) {
            moved.remove(common.get(position));
        }
        return moved;
    }

    /** Positions in {@code sequence} of one longest strictly increasing subsequence. */
    private static List<Integer> longestIncreasing(List<Integer> sequence) {
        int n = sequence.size();
        int[] tails = new int[n]; // position of the smallest tail of an increasing run of length i+1
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int value = sequence.get(i);
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sequence.get(tails[mid]) < value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            if (low == length) {
                length++;
            }
        }
        List<Integer> result = new ArrayList<>();
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            result.add(i);
        }
        return result;
    }
}
