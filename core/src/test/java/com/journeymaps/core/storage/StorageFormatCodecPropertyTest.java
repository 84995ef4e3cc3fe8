package com.journeymaps.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated storage documents ({@link GeneratedStorage}), one document per seed. A
 * failure names its seed; {@code GeneratedStorage.generate(seed)} reproduces the document.
 */
class StorageFormatCodecPropertyTest {

    private final StorageFormatCodec target = new StorageFormatCodec();

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void find_readsExactlyTheMacrosTheDocumentWasWrittenWith(long seed) {
        GeneratedStorage.Document document = GeneratedStorage.generate(seed);

        List<MacroOccurrence> found = target.find(document.storage());

        assertThat(found).as("seed %d: macros found", seed).hasSameSizeAs(document.macros());
        for (int i = 0; i < found.size(); i++) {
            GeneratedStorage.Macro expected = document.macros().get(i);
            MacroOccurrence actual = found.get(i);
            assertThat(actual.kind()).as("seed %d, macro %d: kind", seed, i).isEqualTo(expected.kind());
            assertThat(actual.id()).as("seed %d, macro %d: id", seed, i).contains(expected.id());
            assertThat(actual.parameterValues()).as("seed %d, macro %d: parameters", seed, i)
                    .containsExactlyEntriesOf(expected.parameters());
            assertThat(actual.body()).as("seed %d, macro %d: body", seed, i).isEqualTo(expected.body());
            XmlOracle.ParsedMacro parsed = XmlOracle.parse(actual.range().of(document.storage()));
            assertThat(parsed.body()).as("seed %d, macro %d: body as an XML parser reads it", seed, i)
                    .isEqualTo(expected.body());
            assertThat(parsed.parameters()).as("seed %d, macro %d: parameters as an XML parser reads them", seed, i)
                    .isEqualTo(expected.parameters());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void replaceBody_changesNothingOutsideTheMacroAndReadsBackWhatWasWritten(long seed) {
        GeneratedStorage.Document document = GeneratedStorage.generate(seed);
        String storage = document.storage();
        Random random = new Random(seed);
        List<MacroOccurrence> before = target.find(storage);

        for (int i = 0; i < before.size(); i++) {
            MacroOccurrence macro = before.get(i);
            String newBody = random.nextInt(6) == 0 ? null : GeneratedStorage.randomXmlText(random, 60);
            Map<String, String> newParameters = random.nextInt(4) == 0 ? null : newParameters(random, macro);

            String result = target.replaceBody(storage, macro.id().orElseThrow(), newBody, newParameters);

            assertThat(Splices.firstDifferenceOutside(storage, result, macro.range()))
                    .as("seed %d, macro %d: first changed byte outside the macro", seed, i).isEqualTo(-1);
            List<MacroOccurrence> after = target.find(result);
            assertThat(after.get(i).body()).as("seed %d, macro %d: body", seed, i)
                    .isEqualTo(newBody == null ? macro.body() : newBody);
            Map<String, String> expectedParameters = newParameters == null ? macro.parameterValues() : newParameters;
            assertThat(after.get(i).parameterValues()).as("seed %d, macro %d: parameters", seed, i)
                    .isEqualTo(expectedParameters);
            XmlOracle.ParsedMacro parsed = XmlOracle.parse(after.get(i).range().of(result));
            assertThat(parsed.body()).as("seed %d, macro %d: body as an XML parser reads it", seed, i)
                    .isEqualTo(after.get(i).body());
            assertThat(parsed.parameters()).as("seed %d, macro %d: parameters as an XML parser reads them", seed, i)
                    .isEqualTo(expectedParameters);
            for (int j = 0; j < before.size(); j++) {
                if (j != i) {
                    assertThat(after.get(j).range().of(result)).as("seed %d: macro %d after editing %d", seed, j, i)
                            .isEqualTo(before.get(j).range().of(storage));
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void remove_cutsOutExactlyTheMacro(long seed) {
        String storage = GeneratedStorage.generate(seed).storage();

        for (MacroOccurrence macro : target.find(storage)) {
            String result = target.remove(storage, macro.id().orElseThrow());

            assertThat(result).as("seed %d: removing %s", seed, macro)
                    .isEqualTo(storage.substring(0, macro.range().start()) + storage.substring(macro.range().end()));
            assertThat(target.find(result)).as("seed %d", seed).noneMatch(left -> left.id().equals(macro.id()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void insert_atAnyAcceptedOffsetKeepsThePageAroundTheNewMacro(long seed) {
        String storage = GeneratedStorage.generate(seed).storage();
        Random random = new Random(seed);
        List<MacroOccurrence> before = target.find(storage);
        MacroSpec spec = MacroSpec.persona("inserted", GeneratedStorage.randomXmlText(random, 30))
                .withParameter("title", "<&>\"'");
        List<Integer> offsets = new ArrayList<>(List.of(0, storage.length()));
        target.topLevelElements(storage).forEach(element -> offsets.add(element.end()));
        for (int i = 0; i < 20; i++) {
            offsets.add(random.nextInt(storage.length() + 1));
        }

        int accepted = 0;
        for (int offset : offsets) {
            Throwable refused = catchThrowable(() -> target.insert(storage, offset, spec));
            if (refused != null) {
                assertThat(refused).as("seed %d, offset %d", seed, offset).isInstanceOf(InvalidInsertionPointException.class);
                continue;
            }
            accepted++;
            String result = target.insert(storage, offset, spec);
            assertThat(Splices.firstDifferenceOutside(storage, result, new SourceRange(offset, offset)))
                    .as("seed %d, offset %d: first changed byte outside the new macro", seed, offset).isEqualTo(-1);
            List<MacroOccurrence> after = target.find(result);
            assertThat(after).as("seed %d, offset %d", seed, offset).hasSize(before.size() + 1);
            MacroOccurrence inserted = target.get(result, "inserted");
            assertThat(inserted.range().start()).as("seed %d, offset %d", seed, offset).isEqualTo(offset);
            assertThat(inserted.body()).as("seed %d, offset %d", seed, offset).isEqualTo(spec.body());
            XmlOracle.ParsedMacro parsed = XmlOracle.parse(inserted.range().of(result));
            assertThat(parsed.body()).as("seed %d, offset %d: body as an XML parser reads it", seed, offset)
                    .isEqualTo(spec.body());
            assertThat(parsed.parameters()).as("seed %d, offset %d", seed, offset).isEqualTo(spec.parameters());
        }
        assertThat(accepted).as("seed %d: the start, the end and each top-level element end are accepted", seed)
                .isGreaterThanOrEqualTo(2 + target.topLevelElements(storage).size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reassignDuplicate_givesACopiedMacroAFreshIdTouchingOnlyTheCopy(long seed) {
        String storage = GeneratedStorage.generate(seed).storage();
        MacroOccurrence original = target.find(storage).get(0);
        String copied = storage + original.range().of(storage);
        SourceRange copy = new SourceRange(storage.length(), copied.length());

        List<DuplicateId> duplicates = target.duplicates(copied);
        assertThat(duplicates).as("seed %d", seed).singleElement()
                .satisfies(duplicate -> assertThat(duplicate.id()).isEqualTo(original.id().orElseThrow()));

        String result = target.reassignDuplicate(copied, original.id().orElseThrow(), 1, "fresh-id");

        assertThat(Splices.firstDifferenceOutside(copied, result, copy)).as("seed %d", seed).isEqualTo(-1);
        assertThat(target.duplicates(result)).as("seed %d", seed).isEmpty();
        assertThat(target.get(result, "fresh-id").body()).as("seed %d", seed).isEqualTo(original.body());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void find_onATruncatedOrCorruptedDocumentEitherReadsOrReportsAPositionInsideTheText(long seed) {
        String storage = GeneratedStorage.generate(seed).storage();
        Random random = new Random(seed);
        int cut = random.nextInt(storage.length());
        String damaged = random.nextBoolean()
                ? storage.substring(0, cut)
                : storage.substring(0, cut) + "<" + storage.substring(Math.min(storage.length(), cut + 1));

        Throwable thrown = catchThrowable(() -> target.find(damaged));

        if (thrown != null) {
            assertThat(thrown).as("seed %d", seed).isInstanceOf(StorageFormatException.class);
            StorageFormatException error = (StorageFormatException) thrown;
            assertThat(error.offset()).as("seed %d: %s", seed, error.getMessage()).isBetween(0, damaged.length());
            assertThat(error.line()).as("seed %d", seed).isPositive();
            assertThat(error.column()).as("seed %d", seed).isPositive();
        }
    }

    private static Map<String, String> newParameters(Random random, MacroOccurrence macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : macro.parameterValues().entrySet()) {
            boolean key = parameter.getKey().equals(macro.kind().keyParameter());
            switch (key ? 0 : random.nextInt(3)) {
                case 0 -> parameters.put(parameter.getKey(), parameter.getValue());
                case 1 -> parameters.put(parameter.getKey(), "changed " + random.nextInt(100) + " <&>\"'");
                default -> {
                    // dropped
                }
            }
        }
        if (random.nextBoolean()) {
            parameters.put("added-" + random.nextInt(3), GeneratedStorage.randomXmlText(random, 10));
        }
        return parameters;
    }
}
