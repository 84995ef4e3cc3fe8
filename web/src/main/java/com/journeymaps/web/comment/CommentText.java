package com.journeymaps.web.comment;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.ErrorDetail;
import java.util.List;

/**
 * What a comment's text may be: plain text of 1 to {@value #MAX_LENGTH} characters (UTF-16 units, as Java and the
 * browser count them) after leading and trailing white space is removed, with line breaks and tabs but no other
 * control character, no unpaired surrogate and no U+FFFE/U+FFFF. Those would be invisible in the UI, and Confluence's
 * storage format (XML) cannot hold most of them.
 */
final class CommentText {

    static final int MAX_LENGTH = 10_000;

    private CommentText() {
    }

    /** The text to store, or a 422 naming the field {@code /text} and what is wrong with it. */
    static String check(String text, Texts texts) {
        if (text == null || text.isBlank()) {
            throw invalid(texts, "text-blank", texts.getText("journeymaps.comments.error.textblank"));
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw invalid(texts, "text-too-long", texts.getText("journeymaps.comments.error.textlong",
                    String.valueOf(MAX_LENGTH), String.valueOf(stripped.length())));
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= stripped.length() || !Character.isLowSurrogate(stripped.charAt(i + 1));
                if (!bad) {
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                        || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
            }
            if (bad) {
                throw invalid(texts, "text-control-character", texts.getText("journeymaps.comments.error.textchar",
                        String.format("U+%04X", (int) c), String.valueOf(i + 1)));
            }
        }
        return stripped;
    }

    private static ApiException invalid(Texts texts, String code, String message) {
        return new ApiException(422, "invalid-comment", texts.getText("journeymaps.comments.error.invalid"),
                List.of(ErrorDetail.at("/text", code, message)));
    }
}
