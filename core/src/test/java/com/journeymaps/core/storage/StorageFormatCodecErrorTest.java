package com.journeymaps.core.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageFormatCodecErrorTest {

    private final StorageFormatCodec target = new StorageFormatCodec();

    /** The storage texts use '|' for a line break so positions can be given as line and column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            unclosed element;                 <p>ok</p>|<div><p>x</p>;               2; 1;  10; <div> is never closed
            mismatched end tag;               <p>|  <b>bold</i></p>;                 2; 10; 13; end tag </i> does not match <b> opened at line 2, column 3
            end tag without start tag;        <p>x</p></p>;                          1; 9;  8;  end tag </p> has no matching start tag
            unterminated comment;             <p>x</p>|<!-- note;                    2; 1;  9;  comment is never closed
            unterminated CDATA;               <ac:plain-text-body><![CDATA[{];       1; 21; 20; CDATA section is never closed
            unterminated start tag;           <p>|<ac:link><ri:page ri:content-title="A";  2; 10; 13; tag <ri:page is never closed with '>'
            unterminated attribute value;     <p class="x>y</p>;                     1; 10; 9;  value of attribute class of <p> is never closed
            unquoted attribute value;         <p class=x>y</p>;                      1; 10; 9;  value of attribute class of <p> is not quoted
            attribute without value;          <td colspan>y</td>;                    1; 12; 11; attribute colspan of <td> has no value
            duplicate attribute;              <p a="1" a="2"/>;                      1; 10; 9;  attribute a appears twice in <p>
            less-than inside attribute;       <p title="a<b"/>;                      1; 12; 11; '<' inside the value of attribute title
            stray less-than in text;          <p>1 < 2</p>;                          1; 6;  5;  '<' that starts no tag
            unterminated processing instr.;   <?xml version="1.0";                   1; 1;  0;  processing instruction is never closed
            unterminated end tag;             <p>x</p;                               1; 5;  4;  end tag </p is never closed with '>'
            """)
    void find_reportsUnreadableStorageWithLineColumnAndOffset(String name, String storage, int line, int column,
            int offset, String reason) {
        String text = storage.replace('|', '\n');

        assertThatThrownBy(() -> target.find(text))
                .as(name)
                .asInstanceOf(InstanceOfAssertFactories.type(StorageFormatException.class))
                .satisfies(error -> {
                    org.assertj.core.api.Assertions.assertThat(error.reason()).startsWith(reason);
                    org.assertj.core.api.Assertions.assertThat(error.line()).as("line").isEqualTo(line);
                    org.assertj.core.api.Assertions.assertThat(error.column()).as("column").isEqualTo(column);
                    org.assertj.core.api.Assertions.assertThat(error.offset()).as("offset").isEqualTo(offset);
                    org.assertj.core.api.Assertions.assertThat(error.getMessage())
                            .startsWith("line " + line + ", column " + column + " (offset " + offset + "): ");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            two map-id parameters;  <ac:structured-macro ac:name="journey-map"><ac:parameter ac:name="map-id">a</ac:parameter><ac:parameter ac:name="map-id">b</ac:parameter></ac:structured-macro>; parameter 'map-id' appears twice
            two bodies;             <ac:structured-macro ac:name="journey-map"><ac:plain-text-body/><ac:plain-text-body/></ac:structured-macro>; a journey-map macro has a second ac:plain-text-body
            """)
    void find_rejectsOurMacrosWithAmbiguousParts(String name, String storage, String reason) {
        assertThatThrownBy(() -> target.find(storage))
                .as(name)
                .isInstanceOf(StorageFormatException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            emoji before error;   <p>😀😀</b>;                  1; 6; 7
            CRLF line ends;       <p>a</p>{CR}{LF}{CR}{LF}<i></b>; 3; 4; 15
            lone CR line end;     <p>a</p>{CR}<i></b>;          2; 4; 12
            """)
    void find_countsColumnsInCodePointsAndLinesAcrossLineEndStyles(String name, String storage, int line, int column,
            int offset) {
        String text = storage.replace("{CR}", "\r").replace("{LF}", "\n");

        assertThatThrownBy(() -> target.find(text))
                .as(name)
                .asInstanceOf(InstanceOfAssertFactories.type(StorageFormatException.class))
                .satisfies(error -> {
                    org.assertj.core.api.Assertions.assertThat(error.line()).as("line").isEqualTo(line);
                    org.assertj.core.api.Assertions.assertThat(error.column()).as("column").isEqualTo(column);
                    org.assertj.core.api.Assertions.assertThat(error.offset()).as("offset").isEqualTo(offset);
                });
    }
}
