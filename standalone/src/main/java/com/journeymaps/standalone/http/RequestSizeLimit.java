package com.journeymaps.standalone.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every request body: a declared {@code Content-Length} over the limit is refused at once,
 * and a body without one (chunked) is cut off as soon as it passes the limit. Either way the answer
 * is 413 naming the limit, and nothing is kept in memory beyond it (what the client still sends,
 * up to four times the limit in all, is read and discarded so that it receives the 413). A body sent with a
 * {@code Content-Encoding} (gzip, say) is refused with 415: bodies are read as sent, so the limit counts what the
 * server reads, and a compressed body is not inflated behind it.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class RequestSizeLimit implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String encoding = request.getHeaderString(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            String named = encoding.length() > 40 ? encoding.substring(0, 40) + "…" : encoding;
            request.abortWith(error(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-encoding",
                    "Request bodies are read as they are sent: send this one without a Content-Encoding (it had "
                            + named + ")."));
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                long length = Long.parseLong(declared.trim());
                if (length > maxBytes) {
                    if (length <= 4 * maxBytes && request.hasEntity()) {
                        new Bounded(request.getEntityStream()).drainQuietly(); // see Bounded.drain
                    }
                    request.abortWith(tooLarge());
                    return;
                }
            } catch (NumberFormatException e) {
                request.abortWith(Response.status(Response.Status.BAD_REQUEST).build());
                return;
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    private Response tooLarge() {
        return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large",
                "The request is larger than the limit of " + maxBytes + " bytes.");
    }

    /** The REST API's error form (code, message, details). */
    private static Response error(Response.Status status, String code, String message) {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("message", message);
        body.putArray("details");
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.toString()).build();
    }

    /** Counts what is read and stops with 413 once past the limit. */
    private final class Bounded extends FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > maxBytes) {
                drain();
                throw new WebApplicationException(tooLarge());
            }
        }

        void drainQuietly() {
            try {
                drain();
            } catch (IOException e) {
                // the client went away: nothing left to answer
            }
        }

        /**
         * Reads and discards what the client is still sending (up to three times the limit more), so
         * the 413 is not lost: closing a connection with unread data makes the client's TCP stack reset
         * it, and a client still sending then sees no answer at all.
         */
        private void drain() throws IOException {
            byte[] sink = new byte[64 * 1024];
            long left = 3 * maxBytes;
            int n;
            while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
            }
        }
    }
}
