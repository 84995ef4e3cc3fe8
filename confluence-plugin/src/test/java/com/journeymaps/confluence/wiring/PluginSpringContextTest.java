package com.journeymaps.confluence.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.journeymaps.confluence.macro.JourneyMapMacro;
import com.journeymaps.confluence.macro.JourneyPersonaMacro;
import com.journeymaps.web.persona.PersonaService;
import com.journeymaps.web.render.PersonaPage;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.MapDocument;
import com.journeymaps.web.map.MapService;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.DelegatingEntityResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Loads the plugin's Spring context, the filtered copy in target/classes, with Spring 6, the way Confluence's
 * plugin framework would after the bundle starts: XSD-validated against spring-beans and Gemini Blueprint's own
 * schema, every {@code osgi:reference} replaced by a mock of the Confluence service it imports. Then creates every
 * class the descriptor names (macros, and any servlet, condition or context provider) and every REST resource and
 * provider by constructor autowiring from that context, as the plugin system and REST v2 do.
 *
 * <p>What this cannot show: that Confluence registers a service under each imported interface, and that REST v2
 * (HK2) takes its constructor arguments from this context. See docs/confluence-compatibility.md.
 */
class PluginSpringContextTest {

    private static final java.nio.file.Path CLASSES = classesDirectory();

    private GenericApplicationContext target;
    private OsgiReferencesAsMocks osgi;
    private Document descriptor;

    private static java.nio.file.Path classesDirectory() {
        try {
            return java.nio.file.Path.of(JourneyMapMacro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void loadThePluginsSpringContext() throws Exception {
        target = new GenericApplicationContext();
        osgi = new OsgiReferencesAsMocks();
        osgi.init();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(target);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        DefaultNamespaceHandlerResolver springHandlers = new DefaultNamespaceHandlerResolver(getClass().getClassLoader());
        reader.setNamespaceHandlerResolver(uri -> OsgiReferencesAsMocks.NAMESPACE.equals(uri) ? osgi : springHandlers.resolve(uri));
        DelegatingEntityResolver schemas = new DelegatingEntityResolver(getClass().getClassLoader());
        reader.setEntityResolver((publicId, systemId) -> {
            InputSource schema = schemas.resolveEntity(publicId, systemId);
            if (schema == null) {
                throw new SAXException("schema " + systemId + " is not on the test classpath; refusing to fetch it");
            }
            return schema;
        });
        List<java.nio.file.Path> contexts = springContexts();
        assertThat(contexts).as("META-INF/spring/*.xml (Spring-Context: *)").isNotEmpty();
        for (java.nio.file.Path file : contexts) {
            reader.loadBeanDefinitions(new FileSystemResource(file));
        }
        target.refresh();
        descriptor = parse(CLASSES.resolve("atlassian-plugin.xml"));
    }

    @AfterEach
    void close() {
        target.close();
    }

    private static List<java.nio.file.Path> springContexts() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(CLASSES.resolve("META-INF/spring"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static Document parse(java.nio.file.Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS("*", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private Object[] confluenceServiceMocks() {
        return osgi.references().keySet().stream().map(target::getBean).toArray();
    }

    /**
     * Atlassian's {@code DefaultSpringContainerAccessor.createBean(Class)} calls the plugin context's
     * {@code createBean(clazz, AutowireStrategy.AUTOWIRE_AUTODETECT.ordinal(), false)} (source of
     * atlassian-plugins-osgi; {@code ContainerAccessor}: "instantiate a bean of the given class and inject all
     * constructor defined dependencies"). Autodetect picks constructor autowiring for our classes, which have no
     * default constructor. Which mode Confluence 10's framework passes is not confirmed, so both are exercised.
     */
    @SuppressWarnings("deprecation")
    private static final List<Integer> PLUGIN_SYSTEM_AUTOWIRE_MODES =
            List.of(AutowireCapableBeanFactory.AUTOWIRE_AUTODETECT, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);

    private Object createAsThePluginSystemDoes(Class<?> type) {
        Object created = null;
        for (int mode : PLUGIN_SYSTEM_AUTOWIRE_MODES) {
            created = target.getAutowireCapableBeanFactory().createBean(type, mode, false);
            assertThat(created).as("%s created with autowire mode %d", type.getName(), mode).isInstanceOf(type);
        }
        return created;
    }

    @Test
    void springContext_isTheFilteredCopyWithNoPlaceholderLeft() throws IOException {
        for (java.nio.file.Path file : springContexts()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("${");
        }
    }

    @Test
    void everyBean_isCreatedWithItsDependencies() {
        assertThat(target.getBeanDefinitionNames()).isNotEmpty();
        for (String name : target.getBeanDefinitionNames()) {
            assertThat(target.getBean(name)).as("bean %s", name).isNotNull();
        }
    }

    @Test
    void everyOsgiReference_isAnInterfaceOfTheApiStubsAndEndsUpAsThatService() {
        assertThat(osgi.references()).isNotEmpty();
        osgi.references().forEach((id, interfaces) -> {
            assertThat(interfaces).allSatisfy(i -> assertThat(i.getName()).startsWith("com.atlassian."));
            Object service = target.getBean(id);
            assertThat(interfaces).allSatisfy(i -> assertThat(service).isInstanceOf(i));
        });
    }

    @Test
    void everyClassTheDescriptorNames_isCreatedByConstructorAutowiring() throws Exception {
        List<String> created = new ArrayList<>();
        for (Element element : elements(descriptor, "*")) {
            String className = element.getAttribute("class");
            if (!className.isEmpty()) {
                Object module = createAsThePluginSystemDoes(Class.forName(className));
                assertThat(module).as("%s of <%s key=%s>", className, element.getLocalName(), element.getAttribute("key")).isNotNull();
                created.add(className);
            }
        }
        assertThat(created).contains(JourneyMapMacro.class.getName(), JourneyPersonaMacro.class.getName());
    }

    @Test
    void creatingBeansAndModules_callsNoConfluenceService() throws Exception {
        // Confluence may hand out service proxies before the services exist; constructors must only keep them.
        for (Element element : elements(descriptor, "*")) {
            if (!element.getAttribute("class").isEmpty()) {
                createAsThePluginSystemDoes(Class.forName(element.getAttribute("class")));
            }
        }
        for (Class<?> rest : restClasses()) {
            createAsThePluginSystemDoes(rest);
        }
        verifyNoInteractions(confluenceServiceMocks());
    }

    /** The PageBuilderService chain the macros use to require the front end; returns the mock that records the key. */
    private RequiredResources requiredResources() {
        PageBuilderService pageBuilder = target.getBean(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources resources = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        return resources;
    }

    /** Asserts that {@code completeKey} names a web-resource of ours that no context loads (so only the macros load it). */
    private void isOurFrontEndWebResourceInNoContext(String completeKey) {
        String pluginKey = descriptor.getDocumentElement().getAttribute("key");
        assertThat(completeKey).startsWith(pluginKey + ":");
        String key = completeKey.substring(pluginKey.length() + 1);
        assertThat(elements(descriptor, "web-resource")).anySatisfy(resource -> {
            assertThat(resource.getAttribute("key")).isEqualTo(key);
            assertThat(elements(descriptor, "context")).noneMatch(c -> c.getParentNode() == resource);
            assertThat(elements(descriptor, "resource")).anyMatch(r -> r.getParentNode() == resource
                    && r.getAttribute("location").endsWith(".js"));
            assertThat(elements(descriptor, "dependency")).anyMatch(d -> d.getParentNode() == resource
                    && d.getTextContent().trim().startsWith("com.atlassian.auiplugin:"));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void journeyMapMacro_rendersThroughConfluencesSoyRendererWithTheTemplatesOfOurWebResource() throws Exception {
        RequiredResources required = requiredResources();
        SoyTemplateRenderer soy = target.getBean(SoyTemplateRenderer.class);
        when(soy.render(anyString(), anyString(), anyMap())).thenReturn("<section class=\"journey-map\"></section>");
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn("display");
        Macro macro = (Macro) createAsThePluginSystemDoes(JourneyMapMacro.class);

        String html = macro.execute(Map.of("map-id", "jm-1"), "", context); // an empty macro: the placeholder

        assertThat(html).isEqualTo("<section class=\"journey-map\"></section>");
        String pluginKey = descriptor.getDocumentElement().getAttribute("key");
        org.mockito.ArgumentCaptor<String> moduleKey = org.mockito.ArgumentCaptor.forClass(String.class);
        verify(soy).render(moduleKey.capture(), eq("JourneyMaps.Macro.placeholder"), anyMap());
        assertThat(moduleKey.getValue()).startsWith(pluginKey + ":");
        String webResourceKey = moduleKey.getValue().substring(pluginKey.length() + 1);
        assertThat(elements(descriptor, "web-resource"))
                .as("a web-resource %s holding soy templates", webResourceKey)
                .anySatisfy(resource -> {
                    assertThat(resource.getAttribute("key")).isEqualTo(webResourceKey);
                    assertThat(elements(descriptor, "resource")).anyMatch(r -> r.getParentNode() == resource && r.getAttribute("type").equals("soy"));
                });
        ArgumentCaptor<String> frontEnd = ArgumentCaptor.forClass(String.class);
        verify(required).requireWebResource(frontEnd.capture());
        isOurFrontEndWebResourceInNoContext(frontEnd.getValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void journeyPersonaMacro_rendersThePersonaOfTheRenderedPageWithTheFrontEnd() throws Exception {
        RequiredResources required = requiredResources();
        SoyTemplateRenderer soy = target.getBean(SoyTemplateRenderer.class);
        when(soy.render(anyString(), anyString(), anyMap())).thenReturn("<section class=\"persona\"></section>");
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(77L);
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn("display");
        when(context.getEntity()).thenReturn(page);
        Macro macro = (Macro) createAsThePluginSystemDoes(JourneyPersonaMacro.class);

        try (MockedStatic<AuthenticatedUserThreadLocal> currentUser = mockStatic(AuthenticatedUserThreadLocal.class)) {
            String html = macro.execute(Map.of("persona-id", "persona-1"), "{\"name\":\"Priya\"}", context);

            assertThat(html).isEqualTo("<section class=\"persona\"></section>");
        }
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(soy).render(anyString(), eq("JourneyMaps.Persona.page"), data.capture());
        assertThat(data.getValue()).containsEntry("name", "Priya");
        verify(target.getBean(PageManager.class), org.mockito.Mockito.atLeastOnce()).getPage(77L); // the real persona directory asked
        ArgumentCaptor<String> frontEnd = ArgumentCaptor.forClass(String.class);
        verify(required).requireWebResource(frontEnd.capture());
        isOurFrontEndWebResourceInNoContext(frontEnd.getValue());
    }

    @Test
    void personaService_readsPersonaPagesThroughConfluencesPageAndPermissionManagers() {
        String storage = "<p>Guidance</p><ac:structured-macro ac:name=\"journey-persona\"><ac:parameter ac:name=\"persona-id\">p-1</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[{\"name\":\"Priya\",\"role\":\"IT admin\"}]]></ac:plain-text-body></ac:structured-macro>";
        Page page = mock(Page.class);
        when(page.getTitle()).thenReturn("Persona: Priya");
        when(page.getBodyAsString()).thenReturn(storage);
        when(target.getBean(PageManager.class).getPage(9L)).thenReturn(page);
        when(target.getBean(PermissionManager.class).hasPermission(any(), any(), same(page))).thenReturn(true);
        PersonaService personas = target.getBean(PersonaService.class);

        try (MockedStatic<AuthenticatedUserThreadLocal> currentUser = mockStatic(AuthenticatedUserThreadLocal.class)) {
            PersonaPage read = personas.read(9L);

            assertThat(read.page().title()).isEqualTo("Persona: Priya");
            assertThat(read.page().url()).isEqualTo("/pages/viewpage.action?pageId=9");
            assertThat(read.persona()).hasValueSatisfying(p -> assertThat(p.role()).isEqualTo("IT admin"));
            assertThatThrownBy(() -> personas.read(10L))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapService_readsAndSavesMapsThroughConfluencesPageAndPermissionManagers() {
        String map = "{\"schemaVersion\":1,\"id\":\"jm-1\",\"title\":\"Checkout\",\"stages\":[{\"id\":\"st-1\",\"name\":\"Pay\"}],\"lanes\":[]}";
        String storage = "<p>Intro</p><ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">jm-1</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[" + map + "]]></ac:plain-text-body></ac:structured-macro><p>Outro</p>";
        PageManager pages = target.getBean(PageManager.class);
        Page page = mock(Page.class);
        when(page.getVersion()).thenReturn(5);
        when(page.getBodyAsString()).thenReturn(storage);
        when(pages.getPage(42L)).thenReturn(page);
        when(target.getBean(PermissionManager.class).hasPermission(any(), any(), any())).thenReturn(true);
        when(target.getBean(I18nResolver.class).getText(anyString(), any())).thenAnswer(call -> call.getArgument(0));
        ClusterLock lock = mock(ClusterLock.class);
        when(target.getBean(ClusterLockService.class).getLockForName(anyString())).thenReturn(lock);
        try {
            when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        MapService maps = target.getBean(MapService.class);

        try (MockedStatic<AuthenticatedUserThreadLocal> currentUser = mockStatic(AuthenticatedUserThreadLocal.class)) {
            currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));

            MapDocument read = maps.read(42L, "jm-1");
            assertThat(read.pageVersion()).isEqualTo(5);
            assertThat(read.map()).isPresent();

            String edited = map.replace("Checkout", "Checkout, revised");
            assertThatThrownBy(() -> maps.save(42L, "jm-1", 4, edited))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
            verify(pages, never()).saveNewVersion(any(), any());

            maps.save(42L, "jm-1", 5, edited);
            ArgumentCaptor<Modification<Page>> modification = ArgumentCaptor.forClass(Modification.class);
            verify(pages).saveNewVersion(same(page), modification.capture());
            Page written = mock(Page.class);
            modification.getValue().modify(written);
            ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
            verify(written).setBodyAsString(body.capture());
            assertThat(body.getValue()).startsWith("<p>Intro</p>").endsWith("<p>Outro</p>").contains("Checkout, revised");
            // The version comment is the semantic summary of the change (the mocked I18nResolver knows no texts, so keys show).
            ArgumentCaptor<String> comment = ArgumentCaptor.forClass(String.class);
            verify(written).setVersionComment(comment.capture());
            assertThat(comment.getValue()).containsIgnoringCase("journeymaps.diff.summary.map-changed");
            verify(lock).unlock(); // the save ran under the page's cluster lock
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapService_writesALinkToEachVisiblePersonaPageThroughThePersonaDirectory() {
        String map = "{\"schemaVersion\":1,\"id\":\"jm-1\",\"title\":\"Checkout\",\"stages\":[{\"id\":\"st-1\",\"name\":\"Pay\"}],"
                + "\"lanes\":[],\"personas\":[{\"id\":\"pr-1\",\"pageId\":77,\"title\":\"cached\"},{\"id\":\"pr-2\",\"pageId\":78,\"title\":\"c\"}]}";
        String storage = "<p>Intro</p><ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">jm-1</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[" + map + "]]></ac:plain-text-body></ac:structured-macro><p>Outro</p>";
        PageManager pages = target.getBean(PageManager.class);
        Page page = mock(Page.class);
        when(page.getVersion()).thenReturn(5);
        when(page.getBodyAsString()).thenReturn(storage);
        when(pages.getPage(42L)).thenReturn(page);
        Page persona = mock(Page.class);
        when(persona.getTitle()).thenReturn("Persona: Ann & Bo");
        when(persona.getBodyAsString()).thenReturn("<ac:structured-macro ac:name=\"journey-persona\"><ac:parameter "
                + "ac:name=\"persona-id\">p-1</ac:parameter><ac:plain-text-body><![CDATA[{\"name\":\"Ann\"}]]></ac:plain-text-body>"
                + "</ac:structured-macro>");
        when(pages.getPage(77L)).thenReturn(persona);
        Page hidden = mock(Page.class);
        when(hidden.getTitle()).thenReturn("Persona: hidden");
        when(pages.getPage(78L)).thenReturn(hidden);
        PermissionManager permissions = target.getBean(PermissionManager.class);
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
        when(permissions.hasPermission(any(), any(), same(hidden))).thenReturn(false);
        when(target.getBean(I18nResolver.class).getText(anyString(), any())).thenAnswer(call -> call.getArgument(0));
        ClusterLock lock = mock(ClusterLock.class);
        when(target.getBean(ClusterLockService.class).getLockForName(anyString())).thenReturn(lock);
        try {
            when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }

        try (MockedStatic<AuthenticatedUserThreadLocal> currentUser = mockStatic(AuthenticatedUserThreadLocal.class)) {
            currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));

            target.getBean(MapService.class).save(42L, "jm-1", 5, map.replace("Checkout", "Checkout, revised"));

            ArgumentCaptor<Modification<Page>> modification = ArgumentCaptor.forClass(Modification.class);
            verify(pages).saveNewVersion(same(page), modification.capture());
            Page written = mock(Page.class);
            modification.getValue().modify(written);
            ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
            verify(written).setBodyAsString(body.capture());
            assertThat(body.getValue()).startsWith("<p>Intro</p><ac:structured-macro ac:name=\"journey-map\"><ac:parameter "
                    + "ac:name=\"map-id\">jm-1</ac:parameter><ac:parameter ac:name=\"personas\"><ac:link><ri:page "
                    + "ri:content-title=\"Persona: Ann &amp; Bo\"/></ac:link></ac:parameter>").endsWith("<p>Outro</p>")
                    .doesNotContain("Persona: hidden");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRestResourceAndProvider_isCreatedByConstructorAutowiring() throws Exception {
        List<Class<?>> rest = restClasses();
        List<String> packages = elements(descriptor, "rest").stream()
                .flatMap(r -> elements(descriptor, "package").stream().filter(p -> p.getParentNode() == r))
                .map(p -> p.getTextContent().trim()).toList();
        if (!rest.isEmpty()) {
            assertThat(elements(descriptor, "rest")).as("<rest> module for %s", rest).isNotEmpty();
        }
        if (!packages.isEmpty()) {
            assertThat(rest).allSatisfy(c -> assertThat(packages).as("<package> of a <rest> module covering %s", c.getName())
                    .anyMatch(p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + ".")));
        }
        System.out.println("REST resources and providers found: " + rest);
        return rest.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(),
                () -> assertThat(createAsThePluginSystemDoes(type)).isInstanceOf(type)));
    }

    /** Classes annotated {@code @Path} or {@code @Provider} in the plugin and in the modules it embeds. */
    private static List<Class<?>> restClasses() throws IOException, ClassNotFoundException {
        TreeSet<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("test-classes") || entry.endsWith("-tests.jar")) {
                continue;
            }
            java.nio.file.Path path = java.nio.file.Path.of(entry);
            if (Files.isDirectory(path.resolve("com/journeymaps"))) {
                try (Stream<java.nio.file.Path> files = Files.walk(path.resolve("com/journeymaps"))) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .forEach(f -> names.add(path.relativize(f).toString().replace(File.separatorChar, '/')));
                }
            } else if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        if (e.getName().startsWith("com/journeymaps/") && e.getName().endsWith(".class")) {
                            names.add(e.getName());
                        }
                    }
                }
            }
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name.replace(".class", "").replace('/', '.'), false, PluginSpringContextTest.class.getClassLoader());
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                found.add(type);
            }
        }
        return found;
    }
}
