package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.standalone.SlowRequestGuard.Phase;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The time a request may take to arrive; the guard itself is exercised over real sockets in LimitsIT. */
class SlowRequestGuardTest {

    @Test
    void headers_get10Seconds_plusOnePer500Bytes_upTo40() {
        assertThat(seconds(Phase.HEADERS, 0)).isEqualTo(10);
        assertThat(seconds(Phase.HEADERS, 499)).isEqualTo(10);
        assertThat(seconds(Phase.HEADERS, 500)).isEqualTo(11);
        assertThat(seconds(Phase.HEADERS, 10_000)).isEqualTo(30);
        assertThat(seconds(Phase.HEADERS, 16 * 1024)).as("capped").isEqualTo(40);
    }

    @Test
    void bodies_get10Seconds_plusOnePer500Bytes_withoutCap() {
        assertThat(seconds(Phase.BODY, 0)).isEqualTo(10);
        assertThat(seconds(Phase.BODY, 1_000)).isEqualTo(12);
        assertThat(seconds(Phase.BODY, 8L * 1024 * 1024)).isEqualTo(10 + 8L * 1024 * 1024 / 500);
        assertThat(seconds(Phase.BODY, -5)).as("a counter going back never shortens the time").isEqualTo(10);
    }

    private static long seconds(Phase phase, long received) {
        return TimeUnit.NANOSECONDS.toSeconds(phase.allowedNanos(received));
    }
}
