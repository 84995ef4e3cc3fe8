package com.journeymaps.web.render.view;

import static com.journeymaps.web.render.view.Views.coordinate;
import static com.journeymaps.web.render.view.Views.map;
import static com.journeymaps.web.render.view.Views.text;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The emotion curve as numbers for the {@code JourneyMaps.Curve.curve} template: one series per
 * persona (or one for "the customer" when the map has none) across the touchpoints in journey order,
 * with SVG coordinates and path data computed here from numbers only, so the template emits nothing
 * but digits in geometry attributes.
 *
 * <p>Each series has its own style index: a colour, a dash pattern and a marker shape, so series
 * differ without colour. Where a series falls below neutral, the area between it and the neutral
 * line is shaded. Unknown emotions break a series' line rather than pretending a value.
 */
public final class CurveViewModel {

    /** How many distinct series styles the CSS defines (colour + dash + marker). */
    public static final int SERIES_STYLES = 6;

    static final int STEP = 72;
    static final int LEFT = 104;
    static final int RIGHT = 24;
    static final int TOP = 20;
    static final int UNIT = 34;
    static final int BOTTOM = 56;
    static final int MARKER = 5;
    /** Above this many touchpoints the values are not written beside every point (the table has them). */
    static final int VALUE_LABEL_LIMIT = 60;

    /** A column of the axis and of the data table ({@code JourneyMaps.Curve.axes} and {@code .table}). */
    private static final FieldMap.Shape COLUMN = new FieldMap.Shape("number", "name", "stage", "x", "y", "values");
    /** A point of a series ({@code JourneyMaps.Curve.series}). */
    private static final FieldMap.Shape POINT = new FieldMap.Shape("marker", "label", "value", "textX", "textY");

    private CurveViewModel() {
    }

    static Map<String, Object> of(JourneyMap journeyMap, List<Touchpoint> ordered, Map<String, String> stageNames,
                                  Texts texts, String domId) {
        List<PersonaRef> personas = MapViewModel.personasOrCustomer(journeyMap, texts);
        int n = ordered.size();
        double width = LEFT + Math.max(n, 1) * STEP + RIGHT;
        double plotBottom = TOP + 4 * UNIT;
        double height = plotBottom + BOTTOM;
        Map<String, Object> curve = map();
        curve.put("domId", domId + "-curve");
        curve.put("width", coordinate(width));
        curve.put("height", coordinate(height));
        curve.put("touchpointCount", n);
        curve.put("seriesCount", personas.size());

        List<Object> levels = new ArrayList<>();
        for (int score = 2; score >= -2; score--) {
            Map<String, Object> level = map();
            level.put("y", coordinate(y(score)));
            level.put("textY", coordinate(y(score) + 4));
            level.put("label", texts.getText("journeymaps.model.emotion." + score));
            level.put("value", Views.signed(score));
            level.put("neutral", score == 0);
            levels.add(level);
        }
        curve.put("levels", levels);
        curve.put("plotLeft", coordinate(LEFT - 8));
        curve.put("plotRight", coordinate(width - RIGHT + 8));
        curve.put("labelX", coordinate(LEFT - 14));

        List<Object> columns = new ArrayList<>();
        // The vertical grid lines of all columns as one SVG path (one element instead of one per
        // touchpoint), and each score's label formatted once per render instead of once per value.
        String top = coordinate(TOP - 8);
        String bottom = coordinate(plotBottom + 6);
        StringBuilder columnLines = new StringBuilder(n * 16);
        // Each score's texts formatted once per render instead of once per value or point.
        String[] emotionLabels = new String[Touchpoint.MAX_EMOTION - Touchpoint.MIN_EMOTION + 1];
        String[] valueLabels = new String[emotionLabels.length];
        for (int score = Touchpoint.MIN_EMOTION; score <= Touchpoint.MAX_EMOTION; score++) {
            emotionLabels[score - Touchpoint.MIN_EMOTION] = texts.getText("journeymaps.model.emotion." + score);
            valueLabels[score - Touchpoint.MIN_EMOTION] = texts.getText("journeymaps.curve.value",
                    emotionLabels[score - Touchpoint.MIN_EMOTION], Views.signed(score));
        }
        for (int i = 0; i < n; i++) {
            Touchpoint t = ordered.get(i);
            Map<String, Object> column = new FieldMap(COLUMN);
            column.put("number", i + 1);
            column.put("name", text(t.name()));
            column.put("stage", stageNames.getOrDefault(text(t.stageId()), ""));
            String x = coordinate(x(i));
            column.put("x", x);
            column.put("y", coordinate(plotBottom + 22));
            columnLines.append(i == 0 ? "M" : " M").append(x).append(' ').append(top).append(" V").append(bottom);
            List<Object> values = new ArrayList<>();
            for (PersonaRef persona : personas) {
                Integer score = persona.id() == null ? null : t.emotions().get(persona.id());
                values.add(score == null ? "" : score == clamp(score) ? valueLabels[score - Touchpoint.MIN_EMOTION]
                        : texts.getText("journeymaps.curve.value", emotionLabels[clamp(score) - Touchpoint.MIN_EMOTION],
                        Views.signed(score)));
            }
            column.put("values", values);
            columns.add(column);
        }
        curve.put("columns", columns);
        curve.put("columnLines", columnLines.toString());
        curve.put("stages", stageBands(ordered, stageNames, plotBottom));
        curve.put("gridTop", top);
        curve.put("gridBottom", bottom);

        boolean showValues = n <= VALUE_LABEL_LIMIT;
        List<Object> series = new ArrayList<>();
        String lowestName = "";
        String lowestLabel = "";
        int lowest = Integer.MAX_VALUE;
        boolean any = false;
        for (int s = 0; s < personas.size(); s++) {
            PersonaRef persona = personas.get(s);
            int style = s % SERIES_STYLES;
            StringBuilder line = new StringBuilder();
            StringBuilder dips = new StringBuilder();
            List<Object> points = new ArrayList<>();
            List<double[]> run = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Touchpoint t = ordered.get(i);
                Integer score = persona.id() == null ? null : t.emotions().get(persona.id());
                if (score == null) {
                    flush(run, line, dips);
                    continue;
                }
                any = true;
                int value = clamp(score);
                run.add(new double[] {x(i), value});
                if (value < lowest) {
                    lowest = value;
                    lowestName = text(t.name());
                    lowestLabel = valueLabels[value - Touchpoint.MIN_EMOTION];
                }
                Map<String, Object> point = new FieldMap(POINT);
                point.put("marker", markerAt(style, x(i), y(value)));
                point.put("label", texts.getText("journeymaps.curve.point", i + 1, text(t.name()), text(persona.title()),
                        emotionLabels[value - Touchpoint.MIN_EMOTION], Views.signed(value)));
                point.put("value", Views.signed(value));
                // the template writes a point's value beside it only while that is readable
                point.put("textX", showValues ? coordinate(x(i) + 8) : "");
                point.put("textY", showValues ? coordinate(y(value) - 8 - 3 * s) : "");
                points.add(point);
            }
            flush(run, line, dips);
            Map<String, Object> entry = map();
            entry.put("name", text(persona.title()));
            entry.put("personaId", text(persona.id()));
            entry.put("style", style);
            entry.put("line", line.toString().strip());
            entry.put("dips", dips.toString().strip());
            entry.put("points", points);
            entry.put("legendMarker", markerAt(style, 20, 8));
            series.add(entry);
        }
        curve.put("series", series);
        curve.put("hasData", any);
        curve.put("showValues", showValues);
        curve.put("lowestName", lowestName);
        curve.put("lowestLabel", lowestLabel);
        curve.put("hasDip", any && lowest < 0);
        return curve;
    }

    /**
     * The stages as bands behind the touchpoints they hold, so the curve reads against the grid's
     * columns: alternate bands are shaded, and each is labelled below the axis with its name,
     * shortened to fit the band (the full name is the band's title and in the data table).
     */
    private static List<Object> stageBands(List<Touchpoint> ordered, Map<String, String> stageNames,
                                           double plotBottom) {
        List<Object> bands = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ordered.size(); i++) {
            if (i == ordered.size() || !text(ordered.get(i).stageId()).equals(text(ordered.get(start).stageId()))) {
                String name = stageNames.getOrDefault(text(ordered.get(start).stageId()), "");
                int width = (i - start) * STEP;
                int fits = Math.max(1, width / 7 - 1);
                Map<String, Object> band = map();
                band.put("name", name);
                band.put("label", name.codePointCount(0, name.length()) <= fits ? name
                        : name.substring(0, name.offsetByCodePoints(0, Math.max(1, fits - 1))) + "\u2026");
                band.put("x", coordinate(x(start) - STEP / 2.0));
                band.put("width", coordinate(width));
                band.put("y", coordinate(TOP - 8));
                band.put("height", coordinate(plotBottom + 6 - (TOP - 8)));
                band.put("labelX", coordinate(x(start) - STEP / 2.0 + 4));
                band.put("labelY", coordinate(plotBottom + 42));
                band.put("shaded", bands.size() % 2 == 1);
                bands.add(band);
                start = i;
            }
        }
        return bands;
    }

    /** Writes one unbroken run of known values as a line and, where it is below neutral, a shaded area. */
    private static void flush(List<double[]> run, StringBuilder line, StringBuilder dips) {
        if (run.isEmpty()) {
            return;
        }
        for (int i = 0; i < run.size(); i++) {
            double[] p = run.get(i);
            point(line, i == 0 ? "M" : "L", p[0], y(p[1])).append(' ');
        }
        if (run.size() == 1 && run.get(0)[1] < 0) {
            double[] p = run.get(0);
            dips.append(area(List.of(new double[] {p[0] - 6, 0}, new double[] {p[0], p[1]},
                    new double[] {p[0] + 6, 0})));
        } else if (run.size() > 1) {
            List<double[]> below = new ArrayList<>();
            for (int i = 0; i < run.size(); i++) {
                double[] p = run.get(i);
                if (i > 0) {
                    double[] q = run.get(i - 1);
                    if ((q[1] < 0 && p[1] > 0) || (q[1] > 0 && p[1] < 0)) {
                        double crossing = q[0] + (p[0] - q[0]) * (q[1] / (q[1] - p[1]));
                        below.add(new double[] {crossing, 0});
                    }
                }
                below.add(new double[] {p[0], Math.min(p[1], 0)});
            }
            if (below.stream().anyMatch(p -> p[1] < 0)) {
                dips.append(area(below));
            }
        }
        run.clear();
    }

    /** A closed path from the neutral line down along {@code points} and back up. */
    private static String area(List<double[]> points) {
        StringBuilder d = new StringBuilder(points.size() * 12 + 32);
        point(d, "M", points.get(0)[0], y(0)).append(' ');
        for (double[] p : points) {
            point(d, "L", p[0], y(p[1])).append(' ');
        }
        point(d, "L", points.get(points.size() - 1)[0], y(0)).append(" Z ");
        return d.toString();
    }

    /** Appends a path command and its point: "M12 34.5". */
    private static StringBuilder point(StringBuilder d, String command, double x, double y) {
        d.append(command);
        Views.appendCoordinate(d, x).append(' ');
        return Views.appendCoordinate(d, y);
    }

    /** The rest of a circle marker from its leftmost point: two arcs of the marker's radius (the same for every point). */
    private static final String CIRCLE_ARCS = " a" + coordinate(MARKER) + " " + coordinate(MARKER) + " 0 1 0 "
            + coordinate(2 * MARKER) + " 0 a" + coordinate(MARKER) + " " + coordinate(MARKER) + " 0 1 0 "
            + coordinate(-2 * MARKER) + " 0 Z";
    /** The rest of a square marker from its top left corner. */
    private static final String SQUARE_SIDES = " h" + coordinate(2 * MARKER) + " v" + coordinate(2 * MARKER) + " h"
            + coordinate(-2 * MARKER) + " Z";

    /** A marker shape per series style: circle, square, triangle, diamond, triangle down, cross. */
    static String markerAt(int style, double cx, double cy) {
        double r = MARKER;
        StringBuilder d = new StringBuilder(64);
        switch (style % SERIES_STYLES) {
            case 0 -> point(d, "M", cx - r, cy).append(CIRCLE_ARCS);
            case 1 -> point(d, "M", cx - r, cy - r).append(SQUARE_SIDES);
            case 2 -> point(point(point(d, "M", cx, cy - r - 1), " L", cx + r + 1, cy + r), " L", cx - r - 1, cy + r)
                    .append(" Z");
            case 3 -> point(point(point(point(d, "M", cx, cy - r - 1), " L", cx + r + 1, cy), " L", cx, cy + r + 1),
                    " L", cx - r - 1, cy).append(" Z");
            case 4 -> point(point(point(d, "M", cx, cy + r + 1), " L", cx + r + 1, cy - r), " L", cx - r - 1, cy - r)
                    .append(" Z");
            default -> point(point(point(point(d, "M", cx - r, cy - r), " L", cx + r, cy + r), " M", cx + r, cy - r),
                    " L", cx - r, cy + r);
        }
        return d.toString();
    }

    static double x(int index) {
        return LEFT + index * STEP + STEP / 2.0;
    }

    static double y(double score) {
        return TOP + (2 - score) * UNIT;
    }

    private static int clamp(int score) {
        return Math.max(Touchpoint.MIN_EMOTION, Math.min(Touchpoint.MAX_EMOTION, score));
    }
}
