package com.journeymaps.web.render.view;

import static com.journeymaps.web.render.view.Views.map;
import static com.journeymaps.web.render.view.Views.text;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.validation.MapRepair;
import com.journeymaps.core.validation.Problem;
import com.journeymaps.web.render.OutputMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data of the {@code JourneyMaps.Error.panel} template: what is wrong with a stored map, in the
 * reader's language, the stored JSON to copy, and which problems a machine can repair.
 *
 * <p>A repair is mechanical when there is exactly one sensible fix that loses nothing a person
 * wrote: give a duplicate id a fresh one, move a touchpoint of a missing stage into the first
 * stage, drop a flow or an emotion that points at nothing, clamp an emotion or a share into its
 * range, unlink a link of a forbidden kind (its text stays), move items out of a lane that cannot
 * hold them. Anything else (broken JSON, a missing name, a wrong type) needs a person.
 */
public final class ErrorViewModel {

    /** Above this many problems the panel lists the first ones and says how many more there are. */
    static final int SHOWN_PROBLEMS = 50;

    private ErrorViewModel() {
    }

    /**
     * @param mapData the map's own template data when the document could be read despite its
     *     problems (then the map is shown below the panel), or null
     */
    public static Map<String, Object> of(ParseResult result, String body, String mapId, OutputMode mode, Texts texts,
                                         Map<String, Object> mapData) {
        Map<String, Object> data = map();
        data.put("interactive", mode == OutputMode.INTERACTIVE);
        data.put("mapId", text(mapId));
        data.put("domId", MapViewModel.domId(mapId));
        List<Object> problems = new ArrayList<>();
        Set<String> repairs = new LinkedHashSet<>();
        for (Problem problem : result.problems()) {
            boolean repairable = MapRepair.repairable(problem);
            if (repairable) {
                repairs.add(problem.code());
            }
            if (problems.size() < SHOWN_PROBLEMS) {
                Map<String, Object> row = map();
                row.put("pointer", problem.pointer());
                row.put("code", problem.code());
                row.put("line", problem.line());
                row.put("column", problem.column());
                row.put("message", texts.getText(problem.key(), problem.args().toArray()));
                row.put("repairable", repairable);
                problems.add(row);
            }
        }
        data.put("problems", problems);
        data.put("problemCount", result.problems().size());
        data.put("hiddenCount", Math.max(0, result.problems().size() - SHOWN_PROBLEMS));
        data.put("repairs", String.join(" ", repairs));
        data.put("repairable", !repairs.isEmpty());
        data.put("raw", text(body));
        data.put("hasMap", mapData != null);
        data.put("map", mapData == null ? map() : mapData);
        return data;
    }
}
