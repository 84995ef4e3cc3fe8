package com.journeymaps.standalone.http;

import com.journeymaps.standalone.render.RequestTexts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

/** Sets the language templates render in from the request's {@code Accept-Language}, and clears it after. */
@PreMatching
public final class LanguageFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final RequestTexts texts;

    public LanguageFilter(RequestTexts texts) {
        this.texts = texts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        texts.set(RequestTexts.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, texts.locale().toLanguageTag());
        texts.clear();
    }
}
