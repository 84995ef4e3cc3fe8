package com.journeymaps.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.diff.Change;
import com.journeymaps.core.diff.ChangeKind;
import com.journeymaps.core.diff.MapDiff;
import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.validation.Limits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diff and merge of maps at the touchpoint limit complete (how fast is the bench module's business). */
class LargeMapMergeTest {

    private static JourneyMap largeMap() {
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            stages.add(new Stage("st-" + s, "Stage " + s, null, null));
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int t = 0; t < Limits.MAX_TOUCHPOINTS; t++) {
            touchpoints.add(Touchpoint.builder().id("tp-" + t).stageId("st-" + (t / 250)).name("Touchpoint " + t)
                    .channel(Channel.WEB).emotions(java.util.Map.of(Touchpoint.CUSTOMER, t % 5 - 2)).build());
        }
        return JourneyMap.builder().id("jm-large").title("Large").stages(stages).touchpoints(touchpoints).build();
    }

    @Test
    void diffAndMerge_ofMapsWithFiveThousandTouchpoints_complete() {
        JourneyMap base = largeMap();
        List<Touchpoint> oursTouchpoints = new ArrayList<>(base.touchpoints());
        for (int t = 0; t < oursTouchpoints.size(); t += 50) {
            oursTouchpoints.set(t, oursTouchpoints.get(t).withName("Renamed " + t));
        }
        oursTouchpoints.add(0, oursTouchpoints.remove(4999).withStageId("st-0"));
        JourneyMap ours = base.withTouchpoints(oursTouchpoints);
        List<Touchpoint> theirsTouchpoints = new ArrayList<>(base.touchpoints());
        for (int t = 1; t < theirsTouchpoints.size(); t += 50) {
            theirsTouchpoints.set(t, theirsTouchpoints.get(t).withEmotion(Touchpoint.CUSTOMER, 2));
        }
        theirsTouchpoints.remove(2502);
        JourneyMap theirs = base.withTouchpoints(theirsTouchpoints);

        List<Change> target = MapDiff.diff(base, ours);
        MergeResult merged = MapMerge.merge(base, ours, theirs);

        assertThat(target).filteredOn(c -> c.kind() == ChangeKind.TOUCHPOINT_FIELD_CHANGED).hasSize(100);
        assertThat(target).filteredOn(c -> c.kind() == ChangeKind.TOUCHPOINT_MOVED_STAGE).hasSize(1);
        assertThat(merged.conflicts()).isEmpty();
        JourneyMap result = merged.mergedOrThrow();
        assertThat(result.touchpoints()).hasSize(4999);
        assertThat(result.touchpoints().get(0).id()).isEqualTo("tp-4999");
        assertThat(result.touchpoint("tp-50").orElseThrow().name()).isEqualTo("Renamed 50");
        assertThat(result.touchpoint("tp-51").orElseThrow().emotions()).containsEntry(Touchpoint.CUSTOMER, 2);
    }
}
