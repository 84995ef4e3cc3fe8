package com.journeymaps.core.storage;

/**
 * Where an offset lies for a person reading the source: 1-based line and column. Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}; columns count Unicode code points, so an emoji is one
 * column.
 */
public record SourcePosition(int offset, int line, int column) {

    static SourcePosition of(String source, int offset) {
        int end = Math.min(Math.max(offset, 0), source.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = source.codePointCount(lineStart, end) + 1;
        return new SourcePosition(offset, line, column);
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column + " (offset " + offset + ")";
    }
}
