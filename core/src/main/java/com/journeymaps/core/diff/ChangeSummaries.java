package com.journeymaps.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.journeymaps.core.i18n.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Changes in words, from the i18n bundle: one line per change for the history view
 * ("Touchpoint 'Checkout' moved from Consideration to Purchase") and a short comment for the page
 * version a save creates ("Added 2 touchpoints, changed emotion at 'Checkout'").
 *
 * <p>Sentences are {@code journeymaps.diff.change.<kind id>}, formatted with the arguments
 * {0} element name, {1} parent name, {2} field label, {3} old value, {4} new value, {5} from
 * (old stage, or a flow's source), {6} to (new stage, or a flow's target), {7} persona. Names and
 * values are flattened to one line and shortened, so a sentence is always one line.
 */
public final class ChangeSummaries {

    /** Longest version comment, in characters; Confluence shows version comments in one line. */
    public static final int MAX_COMMENT_LENGTH = 200;

    private static final String PREFIX = "journeymaps.diff.";
    private static final int SENTENCE_NAME_LENGTH = 60;
    private static final int COMMENT_NAME_LENGTH = 40;
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");
    private static final String SEPARATOR = ", ";

    private ChangeSummaries() {
    }

    /** The one-line sentence for {@code change}. */
    public static String sentence(Change change, Texts texts) {
        return texts.getText(PREFIX + "change." + change.kind().id(),
                name(change.elementName(), texts, SENTENCE_NAME_LENGTH),
                name(change.parentName(), texts, SENTENCE_NAME_LENGTH),
                fieldLabel(change.field(), texts),
                value(change, change.oldValue(), texts),
                value(change, change.newValue(), texts),
                name(change.fromName(), texts, SENTENCE_NAME_LENGTH),
                name(change.toName(), texts, SENTENCE_NAME_LENGTH),
                change.personaTitle() == null ? texts.getText("journeymaps.model.emotion.customer")
                        : name(change.personaTitle(), texts, SENTENCE_NAME_LENGTH));
    }

    /**
     * A short comment for a page version: changes grouped by what happened, each group either
     * naming its one element ("changed emotion at 'Checkout'") or counting them ("added 2
     * touchpoints"), in document order, at most {@link #MAX_COMMENT_LENGTH} characters; groups
     * that do not fit are counted as "and N more changes".
     */
    public static String versionComment(List<Change> changes, Texts texts) {
        if (changes.isEmpty()) {
            return texts.getText(PREFIX + "summary.none");
        }
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        changes.stream().sorted(Comparator.comparingInt(c -> c.kind().ordinal()))
                .forEach(c -> groups.computeIfAbsent(c.kind().summaryGroup(), g -> new ArrayList<>()).add(c));
        List<String> phrases = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        groups.forEach((group, members) -> {
            phrases.add(phrase(group, members, texts));
            sizes.add(members.size());
        });
        StringBuilder comment = new StringBuilder();
        int remaining = changes.size();
        for (int i = 0; i < phrases.size(); i++) {
            String candidate = comment.isEmpty() ? phrases.get(i) : comment + SEPARATOR + phrases.get(i);
            int left = remaining - sizes.get(i);
            String complete = left == 0 ? candidate : more(candidate, left, texts);
            if (complete.length() > MAX_COMMENT_LENGTH) {
                break;
            }
            comment.setLength(0);
            comment.append(candidate);
            remaining = left;
        }
        String result = comment.isEmpty() ? texts.getText(PREFIX + "summary.changes", changes.size())
                : remaining == 0 ? comment.toString() : more(comment.toString(), remaining, texts);
        if (result.length() > MAX_COMMENT_LENGTH) { // only with a translation far longer than ours
            result = result.substring(0, MAX_COMMENT_LENGTH - 1) + "\u2026";
        }
        return result.substring(0, 1).toUpperCase(Locale.ROOT) + result.substring(1);
    }

    private static String more(String phrases, int count, Texts texts) {
        return texts.getText(PREFIX + "summary.more", phrases, count);
    }

    /** "added touchpoint 'Checkout'" for one element, "added 2 touchpoints" for more. */
    private static String phrase(String group, List<Change> members, Texts texts) {
        Set<String> elements = new LinkedHashSet<>();
        members.forEach(c -> elements.add(c.elementId()));
        if (elements.size() == 1) {
            Change first = members.get(0);
            return texts.getText(PREFIX + "summary." + group + ".one",
                    name(first.elementName(), texts, COMMENT_NAME_LENGTH),
                    name(first.fromName(), texts, COMMENT_NAME_LENGTH),
                    name(first.toName(), texts, COMMENT_NAME_LENGTH));
        }
        return texts.getText(PREFIX + "summary." + group + ".many", elements.size());
    }

    private static String name(String name, Texts texts, int maxLength) {
        if (name == null || name.isBlank()) {
            return texts.getText(PREFIX + "value.unnamed");
        }
        return shorten(oneLine(name), maxLength);
    }

    /** The label of a JSON property in sentences ({@code stageId} reads "stage"); unknown properties show as they are. */
    public static String fieldLabel(String field, Texts texts) {
        if (field == null) {
            return "";
        }
        String key = PREFIX + "field." + field;
        String label = texts.getText(key);
        return key.equals(label) ? shorten(oneLine(field), SENTENCE_NAME_LENGTH) : label;
    }

    private static String value(Change change, JsonNode value, Texts texts) {
        if (change.kind().isReorder() && value != null && value.isInt()) {
            return value.asText();
        }
        return valueText(change.field(), value, texts);
    }

    /**
     * A field's value as a person reads it in a sentence: texts quoted and shortened to one line,
     * emotions, severities, statuses, levels, channels and lane types by their translated labels,
     * "(none)" for no value.
     */
    public static String valueText(String field, JsonNode value, Texts texts) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return texts.getText(PREFIX + "value.none");
        }
        if (MapTree.EMOTIONS.equals(field) && value.isInt()) {
            return label("journeymaps.model.emotion." + value.intValue(), value.asText(), texts);
        }
        if (value.isBoolean()) {
            return texts.getText(PREFIX + "value." + (value.booleanValue() ? "yes" : "no"));
        }
        if (value.isTextual()) {
            String labelKey = switch (String.valueOf(field)) {
                case "severity" -> "journeymaps.model.severity.";
                case "status" -> "journeymaps.model.opportunity-status.";
                case "impact", "effort" -> "journeymaps.model.level.";
                case "channel" -> "journeymaps.model.channel.";
                case "type" -> "journeymaps.model.lane-type.";
                default -> null;
            };
            String text = labelKey == null ? value.textValue() : label(labelKey + value.textValue(), value.textValue(), texts);
            return texts.getText(PREFIX + "value.quoted", shorten(oneLine(text), SENTENCE_NAME_LENGTH));
        }
        if (value.isNumber()) {
            return value.asText();
        }
        return shorten(oneLine(value.toString()), SENTENCE_NAME_LENGTH);
    }

    /** The bundle's label for {@code key}, or {@code fallback} when the bundle has none (a custom channel). */
    private static String label(String key, String fallback, Texts texts) {
        String label = texts.getText(key);
        return key.equals(label) ? fallback : label;
    }

    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }

    private static String shorten(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
