package com.journeymaps.standalone.page;

import com.journeymaps.standalone.render.TrustedHtml;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.MapPage;
import com.journeymaps.web.render.OutputMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns a page's storage format into the node tree the page template renders: the common elements
 * of Confluence's storage format (headings, paragraphs, lists, tables, links to pages, images, task
 * lists, layouts, emoticons, code and panel macros) as a whitelist of plain values, and our own
 * macros through the real macro path. Anything else is shown as "unsupported", never passed through,
 * so nothing a page author writes reaches the browser except as escaped text or a vetted element.
 */
public final class StorageView {

    /** Nesting beyond this is flattened to its text, so a hostile page cannot exhaust the stack. */
    static final int MAX_DEPTH = 64;

    /** Elements kept as they are (with their children), each rendered by its own literal tag. */
    static final Set<String> ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table",
            "thead", "tbody", "tfoot", "tr", "th", "td", "strong", "b", "em", "i", "u", "s", "del", "sub", "sup",
            "code", "pre", "blockquote", "br", "hr", "span", "div", "small", "a");

    private static final Set<String> PANELS = Set.of("info", "note", "warning", "tip", "panel");
    private static final Map<String, String> EMOTICONS = Map.ofEntries(
            Map.entry("smile", "\uD83D\uDE42"), Map.entry("sad", "\uD83D\uDE41"), Map.entry("cheeky", "\uD83D\uDE1B"),
            Map.entry("laugh", "\uD83D\uDE00"), Map.entry("wink", "\uD83D\uDE09"), Map.entry("thumbs-up", "\uD83D\uDC4D"),
            Map.entry("thumbs-down", "\uD83D\uDC4E"), Map.entry("information", "\u2139\uFE0F"), Map.entry("tick", "\u2705"),
            Map.entry("cross", "\u274C"), Map.entry("warning", "\u26A0\uFE0F"), Map.entry("plus", "\u2795"),
            Map.entry("minus", "\u2796"), Map.entry("question", "\u2753"), Map.entry("light-on", "\uD83D\uDCA1"),
            Map.entry("yellow-star", "\u2B50"), Map.entry("heart", "\u2764\uFE0F"));

    private final MacroRenderService macros;
    private final Function<String, Optional<Long>> pageIdByTitle;
    /** The page being viewed (one StorageView serves one view). */
    private long pageId;
    /** The page as each map on it may tell the front end ({@link MacroRenderService#renderJourneyMap}), by map id. */
    private Function<String, MapPage> mapPages = mapId -> null;

    /**
     * @param pageIdByTitle finds a page of the same space by title, for {@code <ri:page>} links
     */
    public StorageView(MacroRenderService macros, Function<String, Optional<Long>> pageIdByTitle) {
        this.macros = macros;
        this.pageIdByTitle = pageIdByTitle;
    }

    /** What a page holds, ready for {@code JourneyMaps.Standalone.Page.nodes}, and whether it has a map. */
    public record View(List<Map<String, Object>> nodes, boolean hasMap) {
    }

    /**
     * The page {@code pageId}'s content, as {@link #view(String, OutputMode, long)}, with each journey map given the
     * page {@code mapPages} answers for its map id ({@code null}: none), so that map carries its read.
     */
    public View view(String storage, OutputMode mode, long pageId, Function<String, MapPage> mapPages) {
        this.mapPages = mapPages;
        return view(storage, mode, pageId);
    }

    /** The page {@code pageId}'s content; its persona macro (if any) is rendered as that page's persona. */
    public View view(String storage, OutputMode mode, long pageId) {
        Element root = Jsoup.parse("<root>" + storage + "</root>", "", Parser.xmlParser()).child(0);
        boolean[] hasMap = {false};
        this.pageId = pageId;
        List<Map<String, Object>> nodes = children(root, mode, 0, hasMap);
        return new View(nodes, hasMap[0]);
    }

    public View view(String storage, OutputMode mode) {
        return view(storage, mode, 0);
    }

    private List<Map<String, Object>> children(Element parent, OutputMode mode, int depth, boolean[] hasMap) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Node child : parent.childNodes()) {
            Map<String, Object> node = node(child, mode, depth + 1, hasMap);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private Map<String, Object> node(Node node, OutputMode mode, int depth, boolean[] hasMap) {
        if (node instanceof TextNode text) {
            return text.getWholeText().isEmpty() ? null : text(text.getWholeText());
        }
        if (!(node instanceof Element element)) {
            return null; // comments, processing instructions
        }
        if (depth > MAX_DEPTH) {
            return text(element.text());
        }
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        return switch (tag) {
            case "ac:structured-macro" -> macro(element, mode, depth, hasMap);
            case "ac:link" -> link(element);
            case "ac:image" -> image(element);
            case "ac:emoticon" -> text(EMOTICONS.getOrDefault(element.attr("ac:name"), ":" + element.attr("ac:name") + ":"));
            case "ac:task-list" -> withChildren("tasks", element, mode, depth, hasMap);
            case "ac:task" -> task(element, mode, depth, hasMap);
            case "ac:layout" -> withChildren("layout", element, mode, depth, hasMap);
            case "ac:layout-section" -> withChildren("section", element, mode, depth, hasMap);
            case "ac:layout-cell" -> withChildren("cell", element, mode, depth, hasMap);
            case "ac:inline-comment-marker", "ac:rich-text-body", "ac:link-body" ->
                    withChildren("fragment", element, mode, depth, hasMap);
            case "ac:placeholder", "ac:parameter", "ac:plain-text-body", "ac:plain-text-link-body", "ac:task-id",
                 "ac:task-status" -> null;
            default -> ELEMENTS.contains(tag) ? htmlElement(tag, element, mode, depth, hasMap) : unsupported(tag);
        };
    }

    private Map<String, Object> htmlElement(String tag, Element element, OutputMode mode, int depth, boolean[] hasMap) {
        Map<String, Object> node = withChildren("el", element, mode, depth, hasMap);
        node.put("tag", tag);
        if ("a".equals(tag)) {
            node.put("href", safeUrl(element.attr("href")));
        }
        if ("td".equals(tag) || "th".equals(tag)) {
            node.put("colspan", span(element.attr("colspan")));
            node.put("rowspan", span(element.attr("rowspan")));
        }
        return node;
    }

    private Map<String, Object> macro(Element element, OutputMode mode, int depth, boolean[] hasMap) {
        String name = element.attr("ac:name");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element parameter : element.children()) {
            if (parameter.tagName().equals("ac:parameter")) {
                parameters.put(parameter.attr("ac:name"), parameter.text());
            }
        }
        Element plainBody = element.children().stream().filter(e -> e.tagName().equals("ac:plain-text-body")).findFirst().orElse(null);
        Element richBody = element.children().stream().filter(e -> e.tagName().equals("ac:rich-text-body")).findFirst().orElse(null);
        if ("journey-map".equals(name)) {
            hasMap[0] = true;
            String body = plainBody == null ? "" : plainBody.wholeText();
            Map<String, Object> node = kind("html");
            MapPage page = mapPages.apply(parameters.getOrDefault(MacroRenderService.MAP_ID_PARAMETER, ""));
            node.put("html", new TrustedHtml(macros.renderJourneyMap(parameters, body, mode, page)));
            return node;
        }
        if ("journey-persona".equals(name)) {
            hasMap[0] = true;
            String body = plainBody == null ? "" : plainBody.wholeText();
            Map<String, Object> node = kind("html");
            node.put("html", new TrustedHtml(macros.renderPersona(pageId, body, mode)));
            return node;
        }
        if ("code".equals(name) || "noformat".equals(name)) {
            Map<String, Object> node = kind("code");
            node.put("text", plainBody == null ? "" : plainBody.wholeText());
            node.put("language", parameters.getOrDefault("language", ""));
            return node;
        }
        if (PANELS.contains(name)) {
            Map<String, Object> node = richBody == null ? kind("panel") : withChildren("panel", richBody, mode, depth, hasMap);
            node.put("type", name);
            node.put("title", parameters.getOrDefault("title", ""));
            return node;
        }
        if ("expand".equals(name)) {
            Map<String, Object> node = richBody == null ? kind("expand") : withChildren("expand", richBody, mode, depth, hasMap);
            node.put("title", parameters.getOrDefault("title", ""));
            return node;
        }
        return unsupported("macro " + name);
    }

    private Map<String, Object> link(Element element) {
        Element page = element.selectFirst("ri\\:page");
        Element body = element.selectFirst("ac\\:plain-text-link-body, ac\\:link-body");
        Element url = element.selectFirst("ri\\:url");
        String text = body != null ? body.text() : page != null ? page.attr("ri:content-title")
                : url != null ? url.attr("ri:value") : element.text();
        Map<String, Object> node = kind("link");
        node.put("text", text);
        String href = "";
        if (page != null) {
            href = pageIdByTitle.apply(page.attr("ri:content-title")).map(id -> "/pages/" + id).orElse("");
        } else if (url != null) {
            href = safeUrl(url.attr("ri:value"));
        }
        node.put("href", href);
        return node;
    }

    private Map<String, Object> image(Element element) {
        Element url = element.selectFirst("ri\\:url");
        Element attachment = element.selectFirst("ri\\:attachment");
        Map<String, Object> node = kind("image");
        node.put("src", url == null ? "" : safeUrl(url.attr("ri:value")));
        node.put("alt", element.attr("ac:alt"));
        node.put("attachment", attachment == null ? "" : attachment.attr("ri:filename"));
        return node;
    }

    private Map<String, Object> task(Element element, OutputMode mode, int depth, boolean[] hasMap) {
        Element body = element.selectFirst("ac\\:task-body");
        Map<String, Object> node = body == null ? kind("task") : withChildren("task", body, mode, depth, hasMap);
        Element status = element.selectFirst("ac\\:task-status");
        node.put("done", status != null && "complete".equals(status.text().trim()));
        return node;
    }

    private Map<String, Object> withChildren(String kind, Element element, OutputMode mode, int depth, boolean[] hasMap) {
        Map<String, Object> node = kind(kind);
        node.put("children", children(element, mode, depth, hasMap));
        return node;
    }

    private static Map<String, Object> unsupported(String what) {
        Map<String, Object> node = kind("unsupported");
        node.put("name", what);
        return node;
    }

    private static Map<String, Object> text(String text) {
        Map<String, Object> node = kind("text");
        node.put("text", text);
        return node;
    }

    private static Map<String, Object> kind(String kind) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("kind", kind);
        node.put("children", List.of());
        return node;
    }

    /** http, https and mailto links only; anything else (javascript:, data:, relative tricks) is dropped. */
    static String safeUrl(String url) {
        String trimmed = url == null ? "" : url.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:") ? trimmed : "";
    }

    /**
     * A colspan or rowspan of 1 to 99 as written, or empty: nothing else reaches the page. (Checked by hand: a
     * {@code String.matches} here compiled its pattern for every table cell of every page view.)
     */
    static String span(String value) {
        int length = value.length();
        boolean valid = (length == 1 || length == 2) && value.charAt(0) >= '1' && value.charAt(0) <= '9'
                && (length == 1 || value.charAt(1) >= '0' && value.charAt(1) <= '9');
        return valid ? value : "";
    }
}
