package com.journeymaps.core.csv;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Level;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.OpportunityStatus;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.JourneyMapTestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TouchpointCsvTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);

    private JourneyMapTestData.MapBuilder builder;
    private JourneyMap map;

    @BeforeEach
    void aMapWithTwoStagesAndACheckout() {
        builder = aMap().withStages("Awareness", "Purchase").withPersonas("Anna");
        Touchpoint checkout = builder.aTouchpoint("Purchase", "Checkout")
                .emotions(Map.of(builder.personaId("Anna"), -1))
                .painPoints(List.of(new PainPoint("pp-1", "Card form resets, on error", Severity.HIGH)))
                .opportunities(List.of(new Opportunity("op-1", "Keep input", OpportunityStatus.PLANNED, Level.HIGH,
                        Level.LOW, "Sam", "https://jira.example.com/browse/JM-1")))
                .metrics(List.of(new Metric("mt-1", "conversion", 0.42, "%", "Analytics", LocalDate.of(2026, 1, 31))))
                .build();
        map = builder.withTouchpoint(checkout).build();
    }

    @Test
    void export_writesAHeaderAndOneRowPerTouchpointWithByteOrderMark() {
        String target = TouchpointCsv.export(map);

        String personaId = builder.personaId("Anna");
        assertThat(target).startsWith("\uFEFFid,\"stage id\",stage,name,channel,description,action,thought,"
                + "\"emotion: Anna [" + personaId + "]\",\"moment of truth\",owner,\"pain points\",opportunities,"
                + "metrics,evidence,\"last verified\"\r\n");
        assertThat(target).contains(",Purchase,Checkout,web,,,,-1,no,,\"high | Card form resets, on error\","
                + "\"planned | impact: high | effort: low | owner: Sam | issue: https://jira.example.com/browse/JM-1"
                + " | Keep input\",\"conversion | value: 0.42 | unit: % | source: Analytics | as of: 2026-01-31\",,");
    }

    @Test
    void export_guardsCellsASpreadsheetWouldRunAsFormulas() {
        JourneyMap withFormula = map.withTouchpoint(map.touchpoints().get(0).withName("=HYPERLINK(\"x\")"));

        String csv = TouchpointCsv.export(withFormula);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TouchpointCsv.preview(withFormula, csv).map()).contains(withFormula);
    }

    @Test
    void preview_updatesRowsMatchedByIdAndAddsTheOthers() {
        String id = map.touchpoints().get(0).id();
        String csv = "id;stage;name;emotion: Anna;pain points\n"
                + id + ";Purchase;One-click checkout;2;\"high | Card form resets, on error\nlow | Slow\"\n"
                + ";awareness ;Radio ad;;\n";

        CsvImportResult target = TouchpointCsv.preview(map, csv, Ids.seeded(3));

        assertThat(target.problems()).isEmpty();
        assertThat(target.updatedIds()).containsExactly(id);
        assertThat(target.addedIds()).hasSize(1);
        JourneyMap result = target.map().orElseThrow();
        Touchpoint updated = result.touchpoints().get(0);
        assertThat(updated.name()).isEqualTo("One-click checkout");
        assertThat(updated.emotions()).containsEntry(builder.personaId("Anna"), 2);
        assertThat(updated.painPoints()).extracting(PainPoint::id, PainPoint::text, PainPoint::severity)
                .containsExactly(tuple("pp-1", "Card form resets, on error", Severity.HIGH),
                        tuple(updated.painPoints().get(1).id(), "Slow", Severity.LOW));
        assertThat(updated.opportunities()).as("columns left out stay as they were")
                .isEqualTo(map.touchpoints().get(0).opportunities());
        Touchpoint added = result.touchpoints().get(1);
        assertThat(added.name()).isEqualTo("Radio ad");
        assertThat(added.stageId()).isEqualTo(builder.stageId("Awareness"));
        assertThat(added.id()).matches("tp-[0-9a-f]{8}");
    }

    @Test
    void preview_readsExcelStyleSemicolonFilesWithByteOrderMarkAndDecimalCommas() {
        String csv = "\uFEFFstage;name;metrics;moment of truth\r\n"
                + "Purchase;Payment page;\"CSAT | value: 4,5 | unit: points\";ja\r\n";

        CsvImportResult target = TouchpointCsv.preview(map, csv, Ids.seeded(3));

        Touchpoint added = target.map().orElseThrow().touchpoints().get(1);
        assertThat(added.metrics()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("CSAT");
            assertThat(m.value()).isEqualTo(4.5);
            assertThat(m.unit()).isEqualTo("points");
        });
        assertThat(added.momentOfTruth()).isTrue();
    }

    @Test
    void preview_reportsEveryBadCellWithRowAndColumnAndGivesNoMap() {
        String csv = "stage,name,emotion: Anna,pain points,last verified\n"
                + "Purchase,Fine row,1,,2026-01-31\n"
                + "Purchse,Typo stage,1,,\n"
                + "Purchase,Bad emotion,5,,\n"
                + "Purchase,Bad severity,,\"blocker | Slow\",\n"
                + "Purchase,Bad date,,,31.01.2026\n"
                + "Purchase,,,,\n";

        CsvImportResult target = TouchpointCsv.preview(map, csv, Ids.seeded(3));

        assertThat(target.map()).isEmpty();
        assertThat(target.problems()).extracting(p -> p.message(ENGLISH)).containsExactly(
                "Row 3, column 'stage': there is no stage named 'Purchse'",
                "Row 4, column 'emotion: Anna': '5' is not an emotion: use a whole number from -2 to 2, or leave the cell empty",
                "Row 5, column 'pain points': line 1 of the cell: 'blocker' is not a severity; use low, medium, high or critical",
                "Row 6, column 'last verified': '31.01.2026' is not a date: use year-month-day, such as 2026-01-31",
                "Row 7, column 'name': a value is required here");
    }

    @Test
    void preview_reportsEveryBadItemCellOfARow() {
        String csv = "stage,name,opportunities,metrics,evidence\n"
                + "Purchase,X,\"someday | Faster\",\"NPS | value: high\",\"a | b | c\"\n";

        CsvImportResult target = TouchpointCsv.preview(map, csv, Ids.seeded(3));

        assertThat(target.problems()).extracting(p -> p.message(ENGLISH)).containsExactly(
                "Row 2, column 'opportunities': line 1 of the cell: 'someday' is not a status; use idea, planned, in-progress or done",
                "Row 2, column 'metrics': line 1 of the cell: 'high' is not a number",
                "Row 2, column 'evidence': line 1 of the cell: write a label and a link separated by |, or just the link");
    }

    @Test
    void preview_reportsWhatTheValidatorFindsAtTheRowItCameFrom() {
        String csv = "stage,name,evidence\nPurchase,,\nPurchase,Survey,\"Notes | javascript:alert(1)\"\n";

        CsvImportResult target = TouchpointCsv.preview(map, csv, Ids.seeded(3));

        assertThat(target.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key).containsExactly(
                tuple(2, "name", "journeymaps.validation.required"),
                tuple(3, "evidence", "journeymaps.validation.bad-url"));
    }

    @Test
    void preview_reportsUnknownAndMissingColumns() {
        CsvImportResult target = TouchpointCsv.preview(map, "name,pain point,emotion: Bob\nX,Y,1\n");

        assertThat(target.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key).containsExactly(
                tuple(1, "pain point", "journeymaps.csv.unknown-column"),
                tuple(1, "emotion: Bob", "journeymaps.csv.unknown-persona"),
                tuple(1, "", "journeymaps.csv.missing-column"));
    }

    @Test
    void preview_refusesIdsOfOtherElementsAndRepeatedIds() {
        String stageId = builder.stageId("Awareness");
        String csv = "id,stage,name\n" + stageId + ",Awareness,A\ntp-new,Awareness,B\ntp-new,Awareness,C\n";

        CsvImportResult target = TouchpointCsv.preview(map, csv);

        assertThat(target.problems()).extracting(CsvProblem::row, CsvProblem::key).containsExactly(
                tuple(2, "journeymaps.csv.id-taken"),
                tuple(4, "journeymaps.csv.duplicate-row"));
    }

    @Test
    void preview_reportsMalformedCsvAndEmptyFiles() {
        assertThat(TouchpointCsv.preview(map, "\uFEFF").problems()).extracting(CsvProblem::key)
                .containsExactly("journeymaps.csv.empty");
        assertThat(TouchpointCsv.preview(map, "stage,name\nPurchase,\"unclosed\n").problems())
                .extracting(CsvProblem::key).containsExactly("journeymaps.csv.malformed");
    }

    @Test
    void separator_isTheOneMostUsedInTheHeaderOutsideQuotes() {
        assertThat(TouchpointCsv.separator("a;b;\"c,d,e\"\n1,2,3")).isEqualTo(';');
        assertThat(TouchpointCsv.separator("a,b,\"c;d;e\"")).isEqualTo(',');
    }

    @Test
    void cellCodec_guardIsUndoneExactly() {
        for (String text : List.of("=1+1", "'=1", "''@x", "'plain", "-2", "plain", "+", "\tx")) {
            assertThat(CellCodec.unguard(CellCodec.guard(text))).as(text).isEqualTo(text);
        }
        assertThat(CellCodec.guard("=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void cellCodec_numberReadsBackAsTheSameDouble() throws Exception {
        for (double value : new double[] {0, -0.0, 42, 0.1, 1e-7, 123456789.125, 1e300, -3.5}) {
            assertThat(CellCodec.decimal(CellCodec.number(value), 1)).as("%s", value).isEqualTo(value);
        }
    }
}
