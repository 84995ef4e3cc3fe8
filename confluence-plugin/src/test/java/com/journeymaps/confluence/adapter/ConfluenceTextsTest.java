package com.journeymaps.confluence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

class ConfluenceTextsTest {

    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ConfluenceTexts target = new ConfluenceTexts(i18n);

    @Test
    void getText_passesKeyAndSerializableArgumentsUnchanged() {
        when(i18n.getText("journeymaps.api.error.stale", new Serializable[] {"3", 4})).thenReturn("stale 3 4");

        assertThat(target.getText("journeymaps.api.error.stale", "3", 4)).isEqualTo("stale 3 4");
    }

    @Test
    void getText_passesOtherArgumentsAsTheirText() {
        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "U+0000";
            }
        };

        target.getText("journeymaps.api.error.unstorable", notSerializable, null);

        verify(i18n).getText("journeymaps.api.error.unstorable", new Serializable[] {"U+0000", null});
    }

    @Test
    void getText_withoutArguments_passesAnEmptyArgumentList() {
        when(i18n.getText("journeymaps.api.error.noedit", new Serializable[0])).thenReturn("You may view this page but not edit it.");

        assertThat(target.getText("journeymaps.api.error.noedit")).isEqualTo("You may view this page but not edit it.");
    }

    @Test
    void getText_returnsWhatSalReturnsForAMissingKey() {
        when(i18n.getText("journeymaps.no.such.key", new Serializable[0])).thenReturn("journeymaps.no.such.key");

        assertThat(target.getText("journeymaps.no.such.key")).isEqualTo("journeymaps.no.such.key");
    }
}
