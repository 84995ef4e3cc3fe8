package com.journeymaps.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeymaps.standalone.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void open_createsMissingDirectories() {
        Path nested = temp.resolve("a/b/c");
        try (DataDirectory target = DataDirectory.open(nested)) {
            assertThat(target.path()).isDirectory();
            assertThat(nested.resolve(DataDirectory.LOCK_FILE)).exists();
        }
    }

    @Test
    void open_refusesASecondServerOnTheSameDirectory() {
        try (DataDirectory first = DataDirectory.open(temp)) {
            assertThatThrownBy(() -> DataDirectory.open(temp))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("in use by another Journey Maps server")
                    .hasMessageContaining(temp.toString());
        }
        try (DataDirectory again = DataDirectory.open(temp)) {
            assertThat(again.path()).isEqualTo(temp.toAbsolutePath().normalize());
        }
    }

    @Test
    void open_refusesAFileWithAClearMessage() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-dir"), "x");

        assertThatThrownBy(() -> DataDirectory.open(file))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("--data DIR");
    }
}
