package com.journeymaps.core.csv;

import com.journeymaps.core.i18n.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with one cell, row or the header of an imported CSV file, located the way a
 * spreadsheet user finds it: {@code row} counts the header as row 1 (0 when the problem concerns
 * the whole file) and {@code column} is the header text of the column (empty when the problem
 * concerns a whole row or the file). The sentence is the i18n text {@code key} formatted with
 * {@code args}.
 */
public record CsvProblem(int row, String column, String key, List<Object> args) {

    public CsvProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(key, "key");
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    static CsvProblem at(int row, String column, String code, Object... args) {
        return new CsvProblem(row, column, "journeymaps.csv." + code, Arrays.asList(args));
    }

    // row and line numbers are passed as text so that no locale groups their digits ("row 1,234")

    /** The sentence a user reads, e.g. {@code "Row 4, column 'stage': no stage named 'Purchse'"}. */
    public String message(Texts texts) {
        String text = texts.getText(key, args.toArray());
        if (row > 0 && !column.isEmpty()) {
            return texts.getText("journeymaps.csv.location.cell", String.valueOf(row), column) + " " + text;
        }
        if (row > 0) {
            return texts.getText("journeymaps.csv.location.row", String.valueOf(row)) + " " + text;
        }
        if (!column.isEmpty()) {
            return texts.getText("journeymaps.csv.location.column", column) + " " + text;
        }
        return text;
    }
}
