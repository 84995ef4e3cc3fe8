package com.journeymaps.web.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.storage.StorageFormatException;
import java.util.List;
import java.util.Set;

/**
 * A map read as the front end gets it: {@code {pageId, mapId, pageVersion, empty, canEdit, map, problems[]}}, plus
 * {@code storedJson} when the stored map has problems. The REST read ({@code GET /pages/{pageId}/maps/{mapId}}) answers
 * with it, and the page view carries the same object in the map's region ({@code data-jm-read}), so the front end
 * can start without asking for it; one writer keeps the two the same.
 */
public final class MapReadJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Writes a backtick in a string as the JSON escape of U+0060, so none is left but those {@link #writeForPage} adds. */
    private static final ObjectMapper BACKTICK_ESCAPING = new ObjectMapper();

    static {
        BACKTICK_ESCAPING.getFactory().setCharacterEscapes(new CharacterEscapes() {
            private final int[] escapes = standardAsciiEscapesForJSON();

            {
                escapes['`'] = ESCAPE_STANDARD;
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public SerializableString getEscapeSequence(int ch) {
                return null; // only the standard escapes above
            }
        });
    }

    private MapReadJson() {
    }

    /** The read of {@code document} as a JSON tree. */
    public static ObjectNode of(MapDocument document) {
        ObjectNode json = MAPPER.createObjectNode()
                .put("pageId", document.pageId())
                .put("mapId", document.mapId())
                .put("pageVersion", document.pageVersion())
                .put("empty", document.empty())
                .put("canEdit", document.canEdit());
        if (document.map().isPresent()) {
            json.set("map", JourneyMapJson.toTree(document.map().get()));
        } else {
            json.putNull("map");
        }
        json.set("problems", details(document.problems()));
        if (!document.problems().isEmpty()) {
            json.put("storedJson", document.storedJson());
        }
        return json;
    }

    /**
     * The read of {@code document} in the form the page carries it in an HTML attribute: its JSON with every quotation
     * mark ({@code "}) written as a backtick ({@code `}), and every backtick inside a string written first as the JSON
     * escape of U+0060, so replacing each backtick by a quotation mark gives the JSON back exactly. The templates'
     * escaping still applies to the whole value; it only has no quotation marks left to write as {@code &quot;}, which
     * had made the attribute nearly twice the JSON's length (a third of a map's JSON is quotation marks).
     */
    public static String writeForPage(MapDocument document) {
        try {
            return BACKTICK_ESCAPING.writeValueAsString(of(document)).replace('"', '`');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The JSON of a read in the page's form ({@link #writeForPage}): each backtick turned back into a quotation mark.
     * What the front end does (macro.ts) before it parses the attribute.
     */
    public static String jsonOfPageForm(String pageForm) {
        return pageForm.replace('`', '"');
    }

    /**
     * The ids of the journey maps on a page with this storage that the REST read answers for with the map: those no
     * other macro on the page carries (ids are unique across both kinds of macro). None if the codec cannot read the
     * page, as the REST read then answers with an error. A page view carries the read only for these maps.
     */
    public static Set<String> readableMapIds(String storage) {
        try {
            return Set.copyOf(new StorageFormatCodec().singleIds(storage, MacroKind.JOURNEY_MAP));
        } catch (StorageFormatException e) {
            return Set.of();
        }
    }

    /** A list of details (problems, conflicts in words) as every error and every map read writes them. */
    public static ArrayNode details(List<ErrorDetail> details) {
        ArrayNode list = MAPPER.createArrayNode();
        for (ErrorDetail detail : details) {
            ObjectNode item = list.addObject().put("pointer", detail.pointer()).put("code", detail.code())
                    .put("message", detail.message());
            if (detail.line() > 0) {
                item.put("line", detail.line()).put("column", detail.column());
            }
        }
        return list;
    }
}
