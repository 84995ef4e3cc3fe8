package com.journeymaps.standalone;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections whose client sends a request too slowly: the slowloris defence Jetty's idle
 * timeout does not give, since that timer restarts with every byte, so a client trickling one header
 * line or one body byte a second would hold its socket for ever.
 *
 * <p>The rule is Apache httpd's {@code mod_reqtimeout} ({@code header=20-40,MinRate=500
 * body=20,MinRate=500}), with a shorter start: once a request has begun to arrive, its request line
 * and headers must be complete within {@link Phase#HEADERS}'s initial time plus one second per
 * {@link #MIN_BYTES_PER_SECOND} bytes received, never later than its maximum; its body likewise,
 * without a maximum. A client sending at least {@value #MIN_BYTES_PER_SECOND} bytes a second is
 * never cut off; one that trickles is closed within seconds. Connections waiting between requests
 * (keep-alive) and requests being handled are left alone: the idle timeout covers the first, and the
 * second is the server's own work.
 *
 * <p>Every {@link #SWEEP} the guard looks at the HTTP/1.1 parser of each open connection. Its state
 * is read from the sweeping thread without a lock; a stale read only delays the decision to the next
 * sweep. {@link HttpConnection} lives in Jetty's {@code internal} package but is the public class
 * through which Jetty exposes that parser; HTTP/2 is not served here.
 */
final class SlowRequestGuard extends AbstractLifeCycle {

    private static final Logger LOG = LoggerFactory.getLogger(SlowRequestGuard.class);

    /** How often open connections are checked. */
    static final Duration SWEEP = Duration.ofMillis(500);
    /** Receiving at least this many bytes a second extends a phase's deadline by one second. */
    static final int MIN_BYTES_PER_SECOND = 500;

    /** The part of a request that is arriving, with its time allowances. */
    enum Phase {
        /** Request line and headers: 10 s, extended by the rate up to 40 s. */
        HEADERS(Duration.ofSeconds(10), Duration.ofSeconds(40)),
        /** The body: 10 s, extended by the rate without limit (the request size limit bounds it). */
        BODY(Duration.ofSeconds(10), null);

        final Duration initial;
        final Duration maximum;

        Phase(Duration initial, Duration maximum) {
            this.initial = initial;
            this.maximum = maximum;
        }

        /** Nanoseconds a phase may last once {@code received} bytes of it have arrived. */
        long allowedNanos(long received) {
            long nanos = initial.toNanos() + TimeUnit.SECONDS.toNanos(Math.max(0, received) / MIN_BYTES_PER_SECOND);
            return maximum == null ? nanos : Math.min(nanos, maximum.toNanos());
        }

        /** The phase a parser is in, or null when no request is arriving (waiting, handled, or done). */
        static Phase of(HttpParser parser) {
            HttpParser.State state = parser.getState();
            if (state == HttpParser.State.START) {
                return null;
            }
            if (state.ordinal() <= HttpParser.State.HEADER.ordinal()) {
                return HEADERS;
            }
            if (state.ordinal() <= HttpParser.State.TRAILER.ordinal()) {
                return BODY;
            }
            return null;
        }
    }

    /** Where a connection's current phase began: which request, when, and how many bytes it had read. */
    private record Progress(Phase phase, long request, long startNanos, long startBytes) { }

    private final AbstractConnector connector;
    private final LongSupplier nanoClock;
    private final Map<Connection, Progress> progress = new ConcurrentHashMap<>();
    private final AtomicLong closed = new AtomicLong();
    private volatile Scheduler.Task next;

    SlowRequestGuard(AbstractConnector connector) {
        this(connector, System::nanoTime);
    }

    SlowRequestGuard(AbstractConnector connector, LongSupplier nanoClock) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** Connections closed for sending too slowly since the server started. */
    long closedConnections() {
        return closed.get();
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
        progress.clear();
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            next = connector.getScheduler().schedule(this::sweepAndReschedule, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void sweepAndReschedule() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("Checking for slow requests failed; checking again in {} ms", SWEEP.toMillis(), e);
        } finally {
            schedule();
        }
    }

    /** One pass over the open connections; closes those past their phase's deadline. */
    void sweep() {
        long now = nanoClock.getAsLong();
        progress.keySet().removeIf(connection -> !connection.getEndPoint().isOpen());
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
            if (endPoint.getConnection() instanceof HttpConnection connection) {
                check(connection, endPoint, now);
            }
        }
    }

    private void check(HttpConnection connection, EndPoint endPoint, long now) {
        Phase phase = Phase.of(connection.getParser());
        if (phase == null) {
            progress.remove(connection);
            return;
        }
        long request = connection.getMessagesIn();
        long bytes = connection.getBytesIn();
        Progress seen = progress.get(connection);
        if (seen == null || seen.phase() != phase || seen.request() != request) {
            progress.put(connection, new Progress(phase, request, now, bytes));
            return;
        }
        long elapsed = now - seen.startNanos();
        if (elapsed > phase.allowedNanos(bytes - seen.startBytes())) {
            progress.remove(connection);
            closed.incrementAndGet();
            LOG.info("Closed the connection from {}: its request {} did not arrive within {} s ({} bytes received; "
                            + "clients must send at least {} bytes a second)",
                    endPoint.getRemoteSocketAddress(), phase == Phase.HEADERS ? "line and headers" : "body",
                    TimeUnit.NANOSECONDS.toSeconds(elapsed), bytes - seen.startBytes(), MIN_BYTES_PER_SECOND);
            endPoint.close();
        }
    }
}
