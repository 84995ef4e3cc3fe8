package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void parse_usesDocumentedDefaults() throws Exception {
        StandaloneConfig target = Main.parse(List.of());

        assertThat(target.port()).isEqualTo(8090);
        assertThat(target.host()).isEqualTo("127.0.0.1");
        assertThat(target.dataDirectory()).isEqualTo(Path.of("journeymaps-data"));
        assertThat(target.demoContent()).isTrue();
    }

    @Test
    void parse_readsEveryOption() throws Exception {
        StandaloneConfig target = Main.parse(List.of("--port", "9001", "--data", "/tmp/x", "--host", "0.0.0.0", "--no-demo"));

        assertThat(target).isEqualTo(new StandaloneConfig("0.0.0.0", 9001, Path.of("/tmp/x"), false, 12));
    }

    @Test
    void parse_behindHttpsProxy_isOffByDefaultAndSwitchedOnByItsOption() throws Exception {
        assertThat(Main.parse(List.of()).behindHttpsProxy()).isFalse();
        assertThat(Main.parse(List.of("--behind-https-proxy")).behindHttpsProxy()).isTrue();
    }

    @Test
    void parse_rejectsBadPortWithTheValueInTheMessage() {
        assertThatThrownBy(() -> Main.parse(List.of("--port", "80x")))
                .isInstanceOf(Main.UsageException.class)
                .hasMessageContaining("'80x'");
        assertThatThrownBy(() -> Main.parse(List.of("--port", "70000")))
                .hasMessageContaining("0 to 65535");
    }

    @Test
    void parse_rejectsUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> Main.parse(List.of("--colour"))).hasMessageContaining("unknown option '--colour'");
        assertThatThrownBy(() -> Main.parse(List.of("--data"))).hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> Main.parse(List.of("--data", "--port"))).hasMessageContaining("--data needs a value");
    }

    @Test
    void parse_helpIsAUsageExceptionWithoutMessage() {
        assertThatThrownBy(() -> Main.parse(List.of("--help")))
                .isInstanceOf(Main.UsageException.class)
                .hasMessage(null);
    }
}
