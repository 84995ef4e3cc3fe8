package com.journeymaps.confluence.adapter;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import org.junit.jupiter.api.Test;

class ConfluencePageResourcesTest {

    @Test
    void requireFrontEnd_requiresOurWebResourceOnThePageBeingRendered() {
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources resources = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);

        new ConfluencePageResources(pageBuilder, "com.journeymaps.journey-maps:journeymaps-resources").requireFrontEnd();

        verify(resources).requireWebResource("com.journeymaps.journey-maps:journeymaps-resources");
    }
}
