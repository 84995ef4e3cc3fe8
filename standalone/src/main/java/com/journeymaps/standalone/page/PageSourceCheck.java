package com.journeymaps.standalone.page;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.storage.DuplicateId;
import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.core.storage.MacroOccurrence;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.storage.StorageFormatException;
import com.journeymaps.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a page's storage-format source before the editor saves it: it must be readable storage
 * format, no two maps may share an id, and every journey map in it must be a valid map. Every
 * problem is reported at once, in the editor's language, with where it is.
 */
public final class PageSourceCheck {

    private final StorageFormatCodec codec = new StorageFormatCodec();

    public List<String> problems(String storage, Texts texts) {
        List<String> problems = new ArrayList<>();
        List<MacroOccurrence> macros;
        try {
            macros = codec.find(storage);
        } catch (StorageFormatException e) {
            problems.add(texts.getText("journeymaps.standalone.editor.badstorage", e.line(), e.column(), e.reason()));
            return problems;
        }
        for (DuplicateId duplicate : codec.duplicates(storage)) {
            problems.add(texts.getText("journeymaps.standalone.editor.duplicate", duplicate.id()));
        }
        for (MacroOccurrence macro : macros) {
            if (macro.kind() != MacroKind.JOURNEY_MAP || macro.body().isBlank()) {
                continue;
            }
            ParseResult parsed = JourneyMapJson.parse(macro.body());
            for (Problem problem : parsed.problems()) {
                problems.add(texts.getText("journeymaps.standalone.editor.mapproblem", macro.id().orElse("?"),
                        problem.message(texts)));
            }
        }
        return problems;
    }
}
