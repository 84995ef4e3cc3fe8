package com.journeymaps.core.template;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.model.LaneType;
import java.util.List;

/**
 * A built-in starting point for a new map: which stages it has (each with the customer's goal and
 * one example touchpoint whose description hints at what to put there) and which lanes it shows.
 * All words come from the i18n bundle, so a German user starts with a German map.
 *
 * @param id stable template id, used by UIs and blueprints
 * @param stages the stage concepts in order; their texts are {@code journeymaps.template.stage.<concept>.*}
 * @param lanes the lanes a new map gets, in order
 * @param hiddenLanes those of {@code lanes} that start hidden
 */
public record Template(String id, List<String> stages, List<LaneType> lanes, List<LaneType> hiddenLanes) {

    public Template {
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        hiddenLanes = List.copyOf(hiddenLanes);
    }

    public String nameKey() {
        return "journeymaps.template." + id + ".name";
    }

    public String descriptionKey() {
        return "journeymaps.template." + id + ".description";
    }

    public String name(Texts texts) {
        return texts.getText(nameKey());
    }

    public String description(Texts texts) {
        return texts.getText(descriptionKey());
    }
}
