package com.journeymaps.standalone;

import com.journeymaps.standalone.auth.AccessPolicy;
import com.journeymaps.standalone.auth.Authenticator;
import com.journeymaps.standalone.auth.Passwords;
import com.journeymaps.standalone.auth.RequestUser;
import com.journeymaps.standalone.auth.StandaloneViewer;
import com.journeymaps.standalone.http.CrossOriginFilter;
import com.journeymaps.standalone.http.CreatePageResource;
import com.journeymaps.standalone.http.HealthResource;
import com.journeymaps.standalone.http.LandingResource;
import com.journeymaps.standalone.http.PageEditResource;
import com.journeymaps.standalone.http.PageResource;
import com.journeymaps.standalone.http.PageRestrictionsResource;
import com.journeymaps.standalone.http.SpacePermissionsResource;
import com.journeymaps.standalone.http.WikiErrorPages;
import com.journeymaps.standalone.http.RequestSizeLimit;
import com.journeymaps.standalone.http.LanguageFilter;
import com.journeymaps.standalone.http.SecurityHeadersFilter;
import com.journeymaps.standalone.http.SessionFilter;
import com.journeymaps.standalone.http.SignInResource;
import com.journeymaps.standalone.http.StaticAssets;
import com.journeymaps.standalone.http.StaticAssetsResource;
import com.journeymaps.standalone.page.StandalonePersonaDirectory;
import com.journeymaps.standalone.render.ClosureTemplateRenderer;
import com.journeymaps.standalone.render.RequestTexts;
import com.journeymaps.standalone.store.DataDirectory;
import com.journeymaps.standalone.store.Database;
import com.journeymaps.standalone.store.H2MapComments;
import com.journeymaps.standalone.store.H2PageBodies;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.standalone.store.PermissionStore;
import com.journeymaps.standalone.store.SessionStore;
import com.journeymaps.standalone.store.UserStore;
import com.journeymaps.web.comment.CommentService;
import com.journeymaps.web.map.ExchangeService;
import com.journeymaps.web.map.HistoryService;
import com.journeymaps.web.map.MapService;
import com.journeymaps.web.rest.ExchangeResource;
import com.journeymaps.web.rest.HistoryResource;
import com.journeymaps.web.rest.TemplateResource;
import com.journeymaps.web.rest.PersonaResource;
import com.journeymaps.web.persona.PersonaService;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.rest.ApiExceptionMapper;
import com.journeymaps.web.rest.CommentResource;
import com.journeymaps.web.rest.MapResource;
import com.journeymaps.web.rest.WebApplicationExceptionMapper;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.gzip.GzipEncoderConfig;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone host: opens the data directory and database, compiles the templates, and serves
 * the app with Jetty and Jersey. {@link #close()} stops it in the reverse order and is safe to call
 * twice (from a test and from the shutdown hook).
 */
public final class StandaloneServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StandaloneServer.class);

    /** Where the REST API lives, as in Confluence: {@code /rest/<path>/<version>}. */
    public static final String REST_BASE = "/rest/journeymaps/1.0";

    /**
     * The largest request body accepted: room for the largest page source the editor takes
     * (2 million characters) in UTF-8; a map is at most 1 MiB of JSON.
     */
    static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;

    /** Largest request line plus headers (Jetty answers 431 beyond it). */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    /** A connection that sends or receives nothing for this long is closed (see also {@link SlowRequestGuard}). */
    static final long IDLE_TIMEOUT_MS = 30_000;
    /** Open connections at most (slowloris and file descriptors). */
    static final int MAX_CONNECTIONS = 1_000;
    /** Gzip's level for what the server sends (see {@link #compressed}). */
    static final int GZIP_LEVEL = 1;
    /** The types sent gzipped: every text the server writes. Images are PNG or already small SVG symbols. */
    static final List<String> COMPRESSED_TYPES = List.of("text/html", "text/css", "text/javascript", "text/plain",
            "text/csv", "application/json", "application/problem+json", "image/svg+xml");

    /**
     * Jersey warns through java.util.logging that resource instances "are not providers" and that
     * optional media modules are absent; both are expected here. Held strongly so the levels stick.
     */
    private static final List<java.util.logging.Logger> QUIETED = Stream.of(
                    "org.glassfish.jersey.internal.inject.Providers",
                    "org.glassfish.jersey.message.internal.MessagingBinders")
            .map(java.util.logging.Logger::getLogger)
            .peek(logger -> logger.setLevel(java.util.logging.Level.SEVERE))
            .toList();

    private final StandaloneConfig config;
    private DataDirectory dataDirectory;
    private Database database;
    private Server jetty;
    private URI baseUri;
    private boolean closed;

    public StandaloneServer(StandaloneConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Starts everything or, on any failure, releases what was opened and throws {@link StartupException}. */
    public synchronized void start() {
        try {
            dataDirectory = DataDirectory.open(config.dataDirectory());
            database = Database.open(dataDirectory);
            Clock clock = Clock.systemUTC();
            PageStore pages = new PageStore(database, clock);
            UserStore users = new UserStore(database, clock);
            SessionStore sessions = new SessionStore(database);
            PermissionStore permissions = new PermissionStore(database);
            Passwords passwords = new Passwords(config.passwordCost());
            DemoContent.seedIfEmpty(pages, users, permissions, passwords, config.demoContent());
            sessions.deleteExpired(clock.instant());
            Authenticator authenticator = new Authenticator(users, sessions, passwords, clock);
            AccessPolicy access = new AccessPolicy(permissions);
            RequestTexts texts = new RequestTexts();
            RequestUser requestUser = new RequestUser();
            StaticAssets assets = new StaticAssets(StandaloneServer.class.getClassLoader());
            ClosureTemplateRenderer renderer = new ClosureTemplateRenderer(texts, assets::url);
            String version = version();
            StandaloneViewer viewer = new StandaloneViewer(requestUser, access, texts);
            H2PageBodies pageBodies = new H2PageBodies(database, clock, requestUser::username);
            StandalonePersonaDirectory personaDirectory = new StandalonePersonaDirectory(pageBodies, pages, viewer);
            MacroRenderService macroRenderer = new MacroRenderService(renderer, texts, personaDirectory);

            // The app's REST API, the same resources Confluence serves, under the same base path.
            MapService mapService = new MapService(pageBodies, viewer, personaDirectory);
            HistoryService historyService = new HistoryService(pageBodies, viewer, mapService);
            ResourceConfig rest = common(texts, authenticator, requestUser)
                    .register(new MapResource(mapService, macroRenderer))
                    .register(new HistoryResource(historyService, viewer))
                    .register(new ExchangeResource(new ExchangeService(mapService, viewer)))
                    .register(new TemplateResource(viewer))
                    .register(new CommentResource(new CommentService(new H2MapComments(database), mapService, viewer), viewer))
                    .register(new PersonaResource(new PersonaService(personaDirectory, viewer)))
                    .register(new ApiExceptionMapper())
                    .register(new WebApplicationExceptionMapper());

            // The standalone wiki's own pages.
            ResourceConfig app = common(texts, authenticator, requestUser)
                    .register(new HealthResource(database, version))
                    .register(new SignInResource(authenticator, renderer))
                    .register(new LandingResource(pages, access, renderer, version))
                    .register(new PageResource(pageBodies, pages, viewer, macroRenderer, renderer, historyService))
                    .register(new PageEditResource(pageBodies, viewer, renderer))
                    .register(new CreatePageResource(pages, access, viewer, renderer))
                    .register(new SpacePermissionsResource(pages, permissions, users, passwords, access, viewer, renderer))
                    .register(new PageRestrictionsResource(pageBodies, permissions, users, viewer, renderer))
                    .register(new WikiErrorPages(renderer, viewer, requestUser))
                    .register(new StaticAssetsResource(assets));

            QueuedThreadPool threads = new QueuedThreadPool(64, 4);
            threads.setName("journeymaps-http");
            jetty = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            if (config.behindHttpsProxy()) {
                // Scheme, host and client address as the TLS-terminating proxy saw them; only when asked for.
                http.addCustomizer(new ForwardedRequestCustomizer());
            }
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            connector.setHost(config.host());
            connector.setPort(config.port());
            connector.setIdleTimeout(IDLE_TIMEOUT_MS);
            jetty.addConnector(connector);
            // Bounded sockets: past this many open connections Jetty stops accepting until some close.
            jetty.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
            // ... and clients that trickle a request (slowloris) lose their socket: the idle timeout restarts with
            // every byte, so without this a header line a second held a socket for ever.
            jetty.addBean(new SlowRequestGuard(connector));
            ServletContextHandler context = new ServletContextHandler("/");
            context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), REST_BASE + "/*");
            context.addServlet(new ServletHolder("wiki", new ServletContainer(app)), "/*");
            // Request bodies (of every type, forms included) are read without a thread (asynchronously, up to the request limit) before a
            // request is dispatched, so clients trickling their bodies hold sockets (bounded above) but no
            // request thread: without this, 80 slow bodies took all request threads and a health check waited 33 s.
            jetty.setHandler(compressed(new EagerContentHandler(context,
                    new EagerContentHandler.RetainedContentLoaderFactory(MAX_REQUEST_BYTES, -1, false))));
            jetty.setRequestLog(new CustomRequestLog(new Slf4jRequestLogWriter(), CustomRequestLog.EXTENDED_NCSA_FORMAT));
            jetty.setStopTimeout(5_000);
            jetty.start();
            baseUri = URI.create("http://" + hostForUri(config.host()) + ":" + connector.getLocalPort() + "/");
        } catch (StartupException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            if (e.getCause() instanceof java.net.BindException || e instanceof java.io.IOException) {
                throw new StartupException("cannot listen on " + config.host() + ":" + config.port() + " ("
                        + e.getMessage() + "). Is another server using that port? Choose another with --port N.", e);
            }
            throw new StartupException(e.getMessage(), e);
        }
    }

    /**
     * Every text the server sends (pages, REST answers, the front end's files) goes gzipped to a client that accepts
     * it: a 500-touchpoint map's page is 830 KB of HTML and about 80 KB gzipped. Level 1, as nginx's default:
     * 2.4 ms for that page, against 6.9 ms at Deflater's default level for 20 % fewer bytes (docs/performance.md,
     * "Session 11"). Request bodies are not decompressed: a compressed body would pass the request size limit and
     * grow behind it, so one sent with a {@code Content-Encoding} is refused ({@link RequestSizeLimit}, 415).
     */
    static Handler compressed(Handler handler) {
        GzipEncoderConfig encoder = new GzipEncoderConfig();
        encoder.setCompressionLevel(GZIP_LEVEL);
        GzipCompression gzip = new GzipCompression();
        gzip.setDefaultEncoderConfig(encoder);
        CompressionHandler compression = new CompressionHandler(handler);
        compression.putCompression(gzip);
        CompressionConfig.Builder config = CompressionConfig.builder().decompressExcludePath("/*");
        COMPRESSED_TYPES.forEach(config::compressIncludeMimeType);
        compression.putConfiguration("/*", config.build());
        return compression;
    }

    /** Filters every request passes, whether it is for the REST API or a wiki page. */
    private static ResourceConfig common(RequestTexts texts, Authenticator authenticator, RequestUser requestUser) {
        return new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(new RequestSizeLimit(MAX_REQUEST_BYTES))
                .register(new LanguageFilter(texts))
                .register(new CrossOriginFilter())
                .register(new SessionFilter(authenticator, requestUser))
                .register(new SecurityHeadersFilter());
    }

    private static String hostForUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String version() {
        String version = StandaloneServer.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:8090/}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Blocks until the server stops. */
    public void join() {
        try {
            jetty.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (jetty != null) {
            try {
                jetty.stop();
            } catch (Exception e) {
                LOG.warn("Jetty did not stop cleanly: {}", e.getMessage());
            }
        }
        if (database != null) {
            database.close();
        }
        if (dataDirectory != null) {
            dataDirectory.close();
        }
        LOG.info("Journey Maps stopped");
    }
}
