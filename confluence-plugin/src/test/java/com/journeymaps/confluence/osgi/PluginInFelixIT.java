package com.journeymaps.confluence.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.confluence.compat.ApiRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Installs the built plugin jar into Apache Felix, the OSGi framework Atlassian's plugin system runs on, next to a
 * bundle that exports what Confluence 10 exports (see {@link ConfluencePlatformBundle}), and shows that it
 * resolves, starts, wires every import to the platform, and loads its classes and resources through OSGi.
 *
 * <p>Bare Felix does not act on the {@code Spring-Context} header: in Confluence the plugin framework's Gemini
 * Blueprint extender builds the plugin's Spring context after start. That step is covered by
 * {@code PluginSpringContextIT}, outside OSGi.
 */
class PluginInFelixIT {

    /** Packages the plugin deliberately carries its own copy of, although Confluence exports them (DESIGN.md). */
    private static final Set<String> DELIBERATE_PRIVATE_COPIES_PREFIX = Set.of("com.fasterxml.jackson.");

    @TempDir
    static Path storage;

    private static Framework framework;
    private static Bundle platform;
    private static Bundle plugin;
    private static ApiRecord record;
    private static ConfluencePlatformBundle platformModel;
    private static Manifest manifest;
    private static Set<String> jarEntries;
    private static Document descriptor;
    private static Document springContext;
    private static BundleException startFailure;

    @BeforeAll
    static void installPluginNextToTheConfluencePlatform() throws Exception {
        Path jar = Path.of(System.getProperty("plugin.jar", "target/journeymaps-confluence-plugin-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("built plugin jar").exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
            jarEntries = new TreeSet<>();
            for (JarEntry entry : Collections.list(file.entries())) {
                jarEntries.add(entry.getName());
            }
            descriptor = parse(file, "atlassian-plugin.xml");
            springContext = parse(file, "META-INF/spring/plugin-context.xml");
        }
        record = ApiRecord.load();
        platformModel = ConfluencePlatformBundle.fromRecord(record);

        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        platform = framework.getBundleContext().installBundle(platformModel.writeTo(storage).toUri().toString());
        platform.start();
        plugin = framework.getBundleContext().installBundle(jar.toUri().toString());
        try {
            plugin.start();
        } catch (BundleException e) {
            startFailure = e; // reported by the tests, with the unresolved imports listed
        }
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private static Document parse(JarFile jar, String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        try (InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS("*", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<OsgiHeader> imports() {
        return OsgiHeader.parse(manifest.getMainAttributes().getValue("Import-Package"));
    }

    private static Map<String, Bundle> importWires() {
        Map<String, Bundle> wires = new TreeMap<>();
        BundleWiring wiring = plugin.adapt(BundleWiring.class);
        if (wiring == null) {
            return wires; // not resolved
        }
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            wires.put((String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE), wire.getProvider().getBundle());
        }
        return wires;
    }

    /** Package name to exporter, for every package the system bundle and the platform export. */
    private static Map<String, Bundle> platformExports() {
        Map<String, Bundle> exports = new TreeMap<>();
        for (Bundle exporter : List.of(framework, platform)) {
            for (BundleCapability capability : exporter.adapt(BundleWiring.class).getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                exports.put((String) capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE), exporter);
            }
        }
        return exports;
    }

    private static Set<String> embeddedPackages() {
        Set<String> packages = new TreeSet<>();
        for (String entry : jarEntries) {
            if (entry.endsWith(".class") && entry.contains("/") && !entry.startsWith("META-INF/")) {
                packages.add(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'));
            }
        }
        return packages;
    }

    @Test
    void plugin_resolvesAndStartsNextToTheConfluencePlatform() {
        assertThat(platform.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(startFailure).as("starting the plugin bundle").isNull();
        assertThat(plugin.getState()).as("plugin bundle state").isEqualTo(Bundle.ACTIVE);
        assertThat(plugin.getSymbolicName()).isEqualTo(manifest.getMainAttributes().getValue("Atlassian-Plugin-Key"));
        // Read by Confluence's plugin framework, not by Felix; present so the framework uses our context as it is.
        assertThat(plugin.getHeaders().get("Spring-Context")).isEqualTo("*");
    }

    @Test
    void everyImportPackage_isWiredToThePlatformOrTheJdk_evenTheOptionalOnes() {
        Map<String, Bundle> wires = importWires();
        List<String> problems = new ArrayList<>();
        for (OsgiHeader imported : imports()) {
            Bundle provider = wires.get(imported.name());
            if (provider == null) {
                problems.add(imported.name() + (imported.optional() ? " (optional)" : "")
                        + " is imported but neither Confluence's platform nor the JDK exports it");
            } else if (imported.name().startsWith("com.atlassian.") && provider != platform) {
                problems.add(imported.name() + " is wired to " + provider.getSymbolicName() + ", not to Confluence");
            } else if (provider != platform && provider != framework) {
                problems.add(imported.name() + " is wired to an unexpected bundle " + provider.getSymbolicName());
            }
        }
        assertThat(imports()).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAtlassianImport_isAPackageOfTheApiRecord() {
        Set<String> recorded = new TreeSet<>();
        record.packages().forEach(p -> recorded.add(p.name()));
        assertThat(imports()).filteredOn(i -> i.name().startsWith("com.atlassian."))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(recorded).as("recorded package for import %s", i.name()).contains(i.name()));
    }

    @Test
    void pluginEmbedsNoPackageThePlatformExports_exceptItsDeliberatePrivateCopies() {
        Map<String, Bundle> exported = platformExports();
        Set<String> imported = new TreeSet<>();
        imports().forEach(i -> imported.add(i.name()));
        List<String> split = new ArrayList<>();
        List<String> shadowed = new ArrayList<>();
        for (String embedded : embeddedPackages()) {
            if (imported.contains(embedded)) {
                split.add(embedded + " is both imported and embedded (split package)");
            }
            if (exported.containsKey(embedded)
                    && DELIBERATE_PRIVATE_COPIES_PREFIX.stream().noneMatch(embedded::startsWith)) {
                shadowed.add(embedded + " is embedded although " + exported.get(embedded).getSymbolicName() + " exports it");
            }
        }
        assertThat(split).isEmpty();
        assertThat(shadowed).isEmpty();
        assertThat(embeddedPackages()).noneMatch(p -> p.startsWith("com.atlassian.") || p.startsWith("java.")
                || p.startsWith("javax.") || p.startsWith("jakarta.") || p.startsWith("org.springframework.")
                || p.startsWith("org.osgi.") || p.startsWith("org.w3c.") || p.startsWith("org.xml."));
    }

    @Test
    void deliberatePrivateCopies_areLoadedFromThePluginNotFromConfluence() throws Exception {
        ClassLoader pluginLoader = plugin.adapt(BundleWiring.class).getClassLoader();
        Class<?> objectMapper = plugin.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        assertThat(objectMapper.getClassLoader()).isSameAs(pluginLoader);
        assertThat(importWires().keySet()).noneMatch(p -> p.startsWith("com.fasterxml.jackson"));
        assertThat(platformExports()).as("the model exports Jackson as Confluence 10 does").containsKey("com.fasterxml.jackson.databind");
    }

    @Test
    void classesTheDescriptorAndSpringContextName_loadThroughTheBundle_withAtlassianTypesFromConfluence() throws Exception {
        List<String> named = new ArrayList<>();
        for (Element element : elements(descriptor, "*")) {
            if (!element.getAttribute("class").isEmpty()) {
                named.add(element.getAttribute("class"));
            }
        }
        for (Element bean : elements(springContext, "bean")) {
            named.add(bean.getAttribute("class"));
        }
        assertThat(named).contains("com.journeymaps.confluence.macro.JourneyMapMacro");
        ClassLoader platformLoader = platform.adapt(BundleWiring.class).getClassLoader();
        for (String name : named) {
            Class<?> type = plugin.loadClass(name);
            type.getDeclaredConstructors(); // resolves every constructor parameter type through the bundle's wires
            type.getDeclaredMethods();
            for (Class<?> atlassian : atlassianSupertypes(type)) {
                assertThat(atlassian.getClassLoader()).as("loader of %s seen from %s", atlassian.getName(), name).isSameAs(platformLoader);
            }
        }
        for (Element reference : elements(springContext, "reference")) {
            Class<?> service = plugin.loadClass(reference.getAttribute("interface"));
            assertThat(service.getClassLoader()).as("loader of imported service %s", service.getName()).isSameAs(platformLoader);
        }
        Class<?> macro = plugin.loadClass("com.journeymaps.confluence.macro.JourneyMapMacro");
        assertThat(macro.getInterfaces()).extracting(Class::getName).contains("com.atlassian.confluence.macro.Macro");
    }

    private static List<Class<?>> atlassianSupertypes(Class<?> type) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().startsWith("com.atlassian.")) {
                    found.add(i);
                }
            }
            if (c.getName().startsWith("com.atlassian.")) {
                found.add(c);
            }
        }
        return found;
    }

    @Test
    void everyClassInTheJar_loadsThroughTheBundleWithItsSignatureTypes() {
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        for (String entry : jarEntries) {
            if (!entry.endsWith(".class") || entry.startsWith("META-INF/") || entry.endsWith("module-info.class")) {
                continue;
            }
            String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> type = plugin.loadClass(name);
                type.getDeclaredFields();
                type.getDeclaredConstructors();
                type.getDeclaredMethods();
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(name + ": " + e);
            }
        }
        System.out.printf("loaded %d classes of the plugin jar through OSGi%n", loaded);
        assertThat(failures).isEmpty();
        assertThat(loaded).isPositive();
    }

    @Test
    void descriptorSpringContextAndEveryNamedResource_areReadableThroughTheBundle() {
        assertThat(plugin.getResource("atlassian-plugin.xml")).isNotNull();
        assertThat(plugin.getEntry("META-INF/spring/plugin-context.xml")).isNotNull();
        for (Element resource : elements(descriptor, "resource")) {
            String location = resource.getAttribute("location");
            URL found = switch (resource.getAttribute("type")) {
                case "i18n" -> plugin.getResource(location.replace('.', '/') + ".properties");
                default -> location.endsWith("/")
                        ? (plugin.findEntries(location, "*", true) == null ? null : plugin.findEntries(location, "*", true).nextElement())
                        : plugin.getEntry(location);
            };
            assertThat(found).as("%s resource %s through the bundle", resource.getAttribute("type"), location).isNotNull();
        }
    }

    @Test
    void i18nBundle_resolvesThroughTheBundleClassLoaderInEnglishAndGerman() {
        ClassLoader loader = plugin.adapt(BundleWiring.class).getClassLoader();
        List<Element> i18n = elements(descriptor, "resource").stream().filter(r -> r.getAttribute("type").equals("i18n")).toList();
        assertThat(i18n).isNotEmpty();
        for (Element resource : i18n) {
            String base = resource.getAttribute("location");
            ResourceBundle english = ResourceBundle.getBundle(base, Locale.ROOT, loader);
            ResourceBundle german = ResourceBundle.getBundle(base, Locale.GERMAN, loader);
            for (Element description : elements(descriptor, "description")) {
                String key = description.getAttribute("key");
                if (!key.isEmpty()) {
                    assertThat(english.getString(key)).isNotBlank();
                    assertThat(german.getString(key)).isNotBlank().isNotEqualTo(english.getString(key));
                }
            }
        }
    }

    @Test
    void platformModel_exportsEveryRecordedPackageAtItsRecordedVersion() throws IOException {
        Map<String, String> exported = new TreeMap<>();
        for (BundleCapability capability : platform.adapt(BundleWiring.class).getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            exported.put((String) capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE),
                    capability.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE).toString());
        }
        assertThat(exported).containsAllEntriesOf(platformModel.exports());
        // Said out loud: these are exported for resolution only; no class of theirs is on the test classpath.
        System.out.println("platform packages exported without classes: " + platformModel.emptyPackages());
        assertThat(platformModel.emptyPackages()).noneMatch(p -> p.startsWith("com.atlassian."));
    }
}
