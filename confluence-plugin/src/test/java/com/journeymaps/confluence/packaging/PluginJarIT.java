package com.journeymaps.confluence.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.core.storage.StorageFormatCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the built plugin jar, as Confluence's "Upload app" would, and checks that it is complete:
 * a well-formed descriptor whose every class, resource and i18n key is inside, the manifest headers of
 * a transformerless P2 plugin, our own Jackson inside and no Atlassian class anywhere.
 */
class PluginJarIT {

    private static final String PLUGIN_KEY = "com.journeymaps.journey-maps";

    private static Path jarPath;
    private static Set<String> entries;
    private static Manifest manifest;
    private static Document descriptor;
    private static Document springContext;
    private static Properties english;
    private static Properties german;

    @BeforeAll
    static void openJar() throws Exception {
        jarPath = Path.of(System.getProperty("plugin.jar", "target/journeymaps-confluence-plugin-0.1.0-SNAPSHOT.jar"));
        assertThat(jarPath).as("built plugin jar").exists();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Set<String> names = new TreeSet<>();
            for (JarEntry entry : Collections.list(jar.entries())) {
                names.add(entry.getName());
            }
            entries = names;
            manifest = jar.getManifest();
            descriptor = parse(read(jar, "atlassian-plugin.xml"));
            springContext = parse(read(jar, "META-INF/spring/plugin-context.xml"));
            english = properties(read(jar, "i18n/journeymaps.properties"));
            german = properties(read(jar, "i18n/journeymaps_de.properties"));
        }
    }

    private static byte[] read(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertThat(entry).as("%s in the jar", name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml)); // throws on anything not well-formed
    }

    private static Properties properties(byte[] bytes) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(bytes));
        return properties;
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS("*", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static String classEntry(String className) {
        return className.replace('.', '/') + ".class";
    }

    @Test
    void descriptor_isFilteredWithTheRealKeyAndVersion() {
        Element root = descriptor.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("atlassian-plugin");
        assertThat(root.getAttribute("key")).isEqualTo(PLUGIN_KEY);
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        assertThat(elements(descriptor, "version").get(0).getTextContent()).doesNotContain("${").isNotBlank();
        assertThat(entries).contains("atlassian-plugin.xml");
    }

    @Test
    void descriptor_declaresDataCenterCompatibility() {
        List<String> params = elements(descriptor, "param").stream()
                .map(p -> p.getAttribute("name") + "=" + p.getTextContent().trim()).toList();
        assertThat(params).contains("atlassian-data-center-status=compatible", "atlassian-data-center-compatible=true");
    }

    @Test
    void everyClassTheDescriptorNames_isInTheJar() {
        List<String> classes = new ArrayList<>();
        for (String module : List.of("xhtml-macro", "macro", "rest", "servlet", "servlet-filter", "component", "web-item",
                "web-panel", "context-provider", "condition", "blueprint", "content-template")) {
            for (Element element : elements(descriptor, module)) {
                if (!element.getAttribute("class").isEmpty()) {
                    classes.add(element.getAttribute("class"));
                }
            }
        }
        assertThat(classes).isNotEmpty();
        assertThat(classes).allSatisfy(name -> assertThat(entries).contains(classEntry(name)));
    }

    @Test
    void everyResourceTheDescriptorNames_isInTheJar() {
        List<Element> resources = elements(descriptor, "resource");
        assertThat(resources).isNotEmpty();
        for (Element resource : resources) {
            String location = resource.getAttribute("location");
            switch (resource.getAttribute("type")) {
                case "i18n" -> assertThat(entries).as("i18n bundle %s", location)
                        .contains(location.replace('.', '/') + ".properties");
                case "download", "soy" -> {
                    if (location.endsWith("/")) {
                        assertThat(entries).as("folder %s", location).anyMatch(e -> e.startsWith(location) && !e.endsWith("/"));
                    } else {
                        assertThat(entries).as("resource %s", location).contains(location);
                    }
                }
                default -> throw new AssertionError("unexpected resource type " + resource.getAttribute("type"));
            }
        }
        for (Element param : elements(descriptor, "param")) {
            if (param.getAttribute("name").startsWith("plugin-")) {
                assertThat(entries).contains(param.getTextContent().trim());
            }
        }
    }

    @Test
    void everyI18nKeyTheDescriptorUses_isInEnglishAndGerman() {
        List<String> keys = new ArrayList<>();
        for (Element element : elements(descriptor, "*")) {
            for (String attribute : List.of("key", "i18n-name-key", "i18n-index-title-key")) {
                String value = element.getAttribute(attribute);
                boolean moduleKey = attribute.equals("key") && !element.getTagName().matches("description|label|tooltip");
                if (!value.isEmpty() && !moduleKey) {
                    keys.add(value);
                }
            }
        }
        // The macro browser looks up <plugin key>.<macro name>.label/.desc and .param.<name>.label/.desc.
        for (Element macro : elements(descriptor, "xhtml-macro")) {
            String prefix = PLUGIN_KEY + "." + macro.getAttribute("name");
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            for (Element parameter : elements(descriptor, "parameter")) {
                if (!isInside(parameter, macro)) {
                    continue; // each macro's own parameters only
                }
                keys.add(prefix + ".param." + parameter.getAttribute("name") + ".label");
                keys.add(prefix + ".param." + parameter.getAttribute("name") + ".desc");
            }
        }
        assertThat(keys).isNotEmpty();
        assertThat(keys).allSatisfy(key -> {
            assertThat(english).as("English bundle").containsKey(key);
            assertThat(german).as("German bundle").containsKey(key);
        });
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (org.w3c.dom.Node n = element.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Element module(String tag, String key) {
        return elements(descriptor, tag).stream().filter(e -> key.equals(e.getAttribute("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + tag + " key=\"" + key + "\">"));
    }

    @Test
    void descriptor_declaresBothMacrosWithTheirClassesInTheJar() {
        for (String[] macro : new String[][] {{"journey-map", "com.journeymaps.confluence.macro.JourneyMapMacro"},
                {"journey-persona", "com.journeymaps.confluence.macro.JourneyPersonaMacro"}}) {
            Element element = elements(descriptor, "xhtml-macro").stream()
                    .filter(e -> macro[0].equals(e.getAttribute("name"))).findFirst().orElseThrow();
            assertThat(element.getAttribute("class")).isEqualTo(macro[1]);
            assertThat(entries).contains(classEntry(macro[1]));
            String icon = element.getAttribute("icon");
            assertThat(entries).contains(icon.substring(icon.indexOf("/images/") + 1));
        }
    }

    /**
     * Each blueprint of the Create dialog: a web-item in {@code system.create.dialog/content} naming it, with its icon in the
     * jar; its content template's storage-format file in the jar, holding the macro the blueprint is for (read with our own
     * codec, so the template is a page the app can work with).
     */
    @Test
    void blueprints_haveACreateDialogItemAndATemplateFileHoldingTheirMacro() throws IOException {
        Map<String, MacroKind> blueprints = Map.of(
                "journey-map-blueprint", MacroKind.JOURNEY_MAP,
                "persona-blueprint", MacroKind.JOURNEY_PERSONA);
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (Map.Entry<String, MacroKind> blueprint : blueprints.entrySet()) {
                Element module = module("blueprint", blueprint.getKey());
                Element item = elements(descriptor, "web-item").stream()
                        .filter(w -> elements(descriptor, "param").stream().anyMatch(p -> p.getParentNode() == w
                                && p.getAttribute("name").equals("blueprintKey") && p.getAttribute("value").equals(blueprint.getKey())))
                        .findFirst().orElseThrow(() -> new AssertionError("no create-dialog web-item for " + blueprint.getKey()));
                assertThat(item.getAttribute("section")).isEqualTo("system.create.dialog/content");
                assertThat(elements(descriptor, "resource")).filteredOn(r -> r.getParentNode() == item)
                        .singleElement().satisfies(icon -> assertThat(entries).contains(icon.getAttribute("location")));
                String templateKey = elements(descriptor, "content-template").stream().filter(c -> c.getParentNode() == module)
                        .findFirst().orElseThrow().getAttribute("ref");
                Element template = module("content-template", templateKey);
                String location = elements(descriptor, "resource").stream().filter(r -> r.getParentNode() == template)
                        .findFirst().orElseThrow().getAttribute("location");
                assertThat(entries).contains(location);
                String storage = new String(jar.getInputStream(jar.getEntry(location)).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(new StorageFormatCodec().find(storage))
                        .as("macros in %s", location).singleElement()
                        .satisfies(m -> assertThat(m.kind()).isEqualTo(blueprint.getValue()));
            }
        }
    }

    @Test
    void manifest_isATransformerlessP2PluginWithExplicitImports() {
        Attributes main = manifest.getMainAttributes();
        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo(PLUGIN_KEY);
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
        assertThat(main.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(main.getValue("Bundle-Version")).isNotBlank();
        String imports = main.getValue("Import-Package");
        assertThat(imports).contains("com.atlassian.confluence.macro", "com.atlassian.soy.renderer")
                .doesNotContain("com.fasterxml").doesNotContain("com.journeymaps").doesNotContain("*");
        assertThat(main.getValue("Export-Package")).isNull();
    }

    @Test
    void jar_carriesOurCodeAndOurOwnJacksonButNoAtlassianClass() {
        assertThat(entries).contains(
                "com/fasterxml/jackson/databind/ObjectMapper.class",
                "com/journeymaps/core/i18n/BundleTexts.class",
                "com/journeymaps/web/render/MacroRenderService.class",
                "journeymaps/static/journeymaps.js",
                "journeymaps/static/journeymaps.css");
        assertThat(entries).noneMatch(e -> e.startsWith("com/atlassian/"));
        assertThat(entries).noneMatch(e -> e.endsWith(".jar"));
    }

    @Test
    void springContext_wiresOnlyClassesInTheJarAndImportsOnlyImportedPackages() {
        List<Element> beans = elements(springContext, "bean");
        assertThat(beans).isNotEmpty();
        assertThat(beans).allSatisfy(bean -> assertThat(entries).contains(classEntry(bean.getAttribute("class"))));
        String imports = manifest.getMainAttributes().getValue("Import-Package");
        for (Element reference : elements(springContext, "reference")) {
            String type = reference.getAttribute("interface");
            assertThat(imports).as("package of %s is imported", type).contains(type.substring(0, type.lastIndexOf('.')));
        }
    }

    @Test
    void jarSize_isReported() throws IOException {
        // Not a limit: printed so a change in size is visible in the build log.
        System.out.printf("plugin jar %s: %,d bytes, %d entries%n", jarPath.getFileName(), Files.size(jarPath), entries.size());
        assertThat(Files.size(jarPath)).isPositive();
    }
}
