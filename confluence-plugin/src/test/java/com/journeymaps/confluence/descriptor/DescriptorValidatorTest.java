package com.journeymaps.confluence.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.macro.Macro;
import com.journeymaps.confluence.macro.JourneyMapMacro;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's descriptor (the Maven-filtered copy Confluence will read) against the module types, attributes,
 * macro-browser metadata, web-resource contexts and i18n keys the Confluence documentation defines; and the
 * validator itself, on a descriptor that uses every documented module correctly and on a broken one.
 */
class DescriptorValidatorTest {

    private static final String KEY = "com.example.demo";

    private final DescriptorRules rules = DescriptorRules.load();

    private static Path pluginClasses() {
        try {
            return Path.of(JourneyMapMacro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, DescriptorValidatorTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean isMacro(String name) {
        try {
            return Macro.class.isAssignableFrom(Class.forName(name, false, DescriptorValidatorTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Every properties file of each i18n resource's bundle (base and locales), as the test classpath has them. */
    private static Map<String, Properties> i18nBundles(Element root) throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        NodeList resources = root.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (!resource.getAttribute("type").equals("i18n") || !(resource.getParentNode() == root)) {
                continue;
            }
            String base = resource.getAttribute("location").replace('.', '/');
            URL url = DescriptorValidatorTest.class.getClassLoader().getResource(base + ".properties");
            if (url == null) {
                continue;
            }
            String folder = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
            String stem = base.substring(folder.length());
            for (String file : siblings(url, folder)) {
                if (file.equals(stem + ".properties") || file.matches(java.util.regex.Pattern.quote(stem) + "_[A-Za-z_]+\\.properties")) {
                    Properties properties = new Properties();
                    try (InputStream in = DescriptorValidatorTest.class.getClassLoader().getResourceAsStream(folder + file)) {
                        properties.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
                    }
                    bundles.put(folder + file, properties);
                }
            }
        }
        return bundles;
    }

    private static List<String> siblings(URL url, String folder) throws IOException {
        if (url.getProtocol().equals("jar")) {
            try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                return Collections.list(jar.entries()).stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0).map(n -> n.substring(folder.length())).toList();
            }
        }
        try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(url.toString())).getParent())) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private List<String> validate(Element root, Map<String, Properties> bundles) {
        return new DescriptorValidator(rules, bundles, DescriptorValidatorTest::classExists, DescriptorValidatorTest::isMacro).validate(root);
    }

    @Test
    void pluginDescriptor_satisfiesTheConfluence10Rules() throws Exception {
        Element root = parse(Files.readAllBytes(pluginClasses().resolve("atlassian-plugin.xml")));
        Map<String, Properties> bundles = i18nBundles(root);

        assertThat(bundles).as("i18n bundles of the descriptor").containsKeys("i18n/journeymaps.properties", "i18n/journeymaps_de.properties");
        assertThat(validate(root, bundles)).isEmpty();
    }

    @Test
    void everyRule_citesItsSource() {
        assertThat(rules.rules()).isNotEmpty();
        rules.rules().forEach((element, rule) -> assertThat(rule.source()).as("source of rule %s", element).isNotBlank());
        rules.rules().forEach((element, rule) -> rule.children().forEach(child ->
                assertThat(rules.rules().keySet()).as("rule for %s>%s", element.replaceFirst(".*>", ""), child)
                        .contains(element.replaceFirst(".*>", "") + ">" + child)));
    }

    @Test
    void validator_acceptsADescriptorUsingEveryDocumentedModuleCorrectly() throws Exception {
        String xml = """
                <atlassian-plugin key="%1$s" name="Demo" plugins-version="2">
                  <plugin-info>
                    <description>Demo</description><version>1.2.3-SNAPSHOT</version><vendor name="Example" url="https://example.com"/>
                    <param name="atlassian-data-center-status">compatible</param>
                    <param name="atlassian-data-center-compatible">true</param>
                    <param name="read-only-access-mode-compatible">true</param>
                    <param name="plugin-icon">images/icon16.png</param>
                  </plugin-info>
                  <resource type="i18n" name="i18n" location="demo.i18n"/>
                  <resource type="download" name="images/" location="images/"/>
                  <xhtml-macro name="demo" key="demo-macro" class="%2$s" icon="/download/resources/%1$s/images/demo.png"
                               documentation-url="https://example.com/docs" hidden="false">
                    <description key="demo.desc"/>
                    <category name="visuals"/>
                    <parameters>
                      <parameter name="title" type="string" required="false">
                        <option key="showValueInPlaceholder" value="true"/>
                      </parameter>
                      <parameter name="layout" type="enum" default="horizontal"><value name="horizontal"/><value name="vertical"/></parameter>
                      <parameter name="showEmotions" type="boolean" default="true"/>
                      <parameter name="persona" type="confluence-content"/>
                    </parameters>
                    <device-type>mobile</device-type>
                    <property-panel><button id="edit" label="demo.button.edit"/></property-panel>
                  </xhtml-macro>
                  <web-resource key="demo-resources" name="Demo">
                    <dependency>com.atlassian.auiplugin:ajs</dependency>
                    <dependency>%1$s:demo-soy</dependency>
                    <transformation extension="js"><transformer key="jsI18n"/></transformation>
                    <resource type="download" name="demo.js" location="js/demo.js"/>
                    <context>atl.general</context>
                    <context>%1$s.map-pages</context>
                  </web-resource>
                  <web-resource key="demo-soy"><resource type="soy" name="demo" location="templates/demo.soy"/></web-resource>
                  <rest-migration key="demo-rest-migration"><rest-v2/></rest-migration>
                  <rest key="demo-rest" name="Demo REST" path="/demo" version="1.0">
                    <description key="demo.rest.desc"/>
                    <package>com.example.demo.rest</package>
                    <dispatcher>REQUEST</dispatcher>
                  </rest>
                  <content-template key="demo-template" i18n-name-key="demo.template.name">
                    <description key="demo.template.desc"/>
                    <resource name="template" type="download" location="templates/demo-template.xml"/>
                  </content-template>
                  <blueprint key="demo-blueprint" index-key="demo" create-result="view" i18n-index-title-key="demo.index.title">
                    <content-template ref="demo-template"/>
                  </blueprint>
                  <web-item key="demo-create" i18n-name-key="demo.blueprint.name" section="system.create.dialog/content">
                    <description key="demo.blueprint.desc"/>
                    <resource name="icon" type="download" location="images/demo.png"/>
                    <param name="blueprintKey" value="demo-blueprint"/>
                  </web-item>
                </atlassian-plugin>
                """.formatted(KEY, JourneyMapMacro.class.getName());
        Properties texts = new Properties();
        for (String key : List.of("demo.desc", "demo.button.edit", "demo.rest.desc", "demo.template.name", "demo.template.desc",
                "demo.index.title", "demo.blueprint.name", "demo.blueprint.desc",
                KEY + ".demo.label", KEY + ".demo.desc")) {
            texts.setProperty(key, "text");
        }
        for (String parameter : List.of("title", "layout", "showEmotions", "persona")) {
            texts.setProperty(KEY + ".demo.param." + parameter + ".label", "text");
            texts.setProperty(KEY + ".demo.param." + parameter + ".desc", "text");
        }

        assertThat(validate(parse(xml.getBytes(StandardCharsets.UTF_8)), Map.of("demo/i18n.properties", texts))).isEmpty();
    }

    @Test
    void validator_reportsEveryProblemOfABrokenDescriptorWithWhereAndWhat() throws Exception {
        String xml = """
                <atlassian-plugin key="%1$s" name="Broken" plugins-version="1">
                  <plugin-info>
                    <description>Broken</description><version>1.0</version><vendor name="Example"/>
                    <param name="atlassian-data-center-status">maybe</param>
                  </plugin-info>
                  <resource type="i18n" name="i18n" location="demo.i18n"/>
                  <component key="service" class="com.example.Service"/>
                  <xhtml-macro name="demo" key="demo-macro" class="com.example.Missing" icon="/images/demo.png" colour="red">
                    <description key="demo.desc"/>
                    <category name="fun"/>
                    <parameters>
                      <parameter name="layout" type="enum" default="diagonal"><value name="horizontal"/></parameter>
                      <parameter name="size" type="number"/>
                      <parameter name="choice" type="enum"/>
                    </parameters>
                  </xhtml-macro>
                  <xhtml-macro name="other" key="demo-macro" class="java.lang.String">
                    <description key="other.desc"/>
                    <category name="visuals"/>
                    <parameters/>
                  </xhtml-macro>
                  <web-resource key="res">
                    <context>everywhere</context>
                    <dependency>%1$s:nothing-here</dependency>
                  </web-resource>
                  <rest key="api" path="api" version="one"/>
                  <servlet key="s" class="com.example.S"/>
                </atlassian-plugin>
                """.formatted(KEY);
        Properties texts = new Properties();
        texts.setProperty("demo.desc", "A demo");

        List<String> problems = validate(parse(xml.getBytes(StandardCharsets.UTF_8)), Map.of("demo/i18n.properties", texts));

        assertThat(problems).anyMatch(p -> p.startsWith("atlassian-plugin: plugins-version=\"1\" is not one of [2]"));
        assertThat(problems).anyMatch(p -> p.contains("plugin-info/param[name=atlassian-data-center-status]") && p.contains("\"maybe\", expected one of [compatible]"));
        assertThat(problems).anyMatch(p -> p.contains("<component> not used by a transformerless plugin"));
        assertThat(problems).anyMatch(p -> p.equals("xhtml-macro[key=demo-macro]: attribute colour is not defined for <xhtml-macro> (allowed: [name, key, class, icon, documentation-url, hidden, hide-body])"));
        assertThat(problems).anyMatch(p -> p.equals("xhtml-macro[key=demo-macro]: class com.example.Missing is not in the plugin"));
        assertThat(problems).anyMatch(p -> p.contains("icon /images/demo.png is not served from /download/resources/" + KEY + "/"));
        assertThat(problems).anyMatch(p -> p.contains("category[name=fun]: name=\"fun\" is not one of [formatting,"));
        assertThat(problems).anyMatch(p -> p.contains("parameter[name=layout]: default \"diagonal\" is not a valid enum [horizontal]"));
        assertThat(problems).anyMatch(p -> p.contains("parameter[name=size]: type=\"number\" is not one of [string, boolean, int,"));
        assertThat(problems).anyMatch(p -> p.contains("parameter[name=choice]: an enum parameter needs <value name=...> choices"));
        assertThat(problems).anyMatch(p -> p.equals("xhtml-macro[key=demo-macro]: module key demo-macro is used twice"));
        assertThat(problems).anyMatch(p -> p.equals("xhtml-macro[key=demo-macro]: class java.lang.String does not implement com.atlassian.confluence.macro.Macro"));
        assertThat(problems).anyMatch(p -> p.contains("context: \"everywhere\" is not one of [atl.general, macro-browser, main] nor a context of our own"));
        assertThat(problems).anyMatch(p -> p.contains("/dependency: " + KEY + ":nothing-here names no module of this plugin"));
        assertThat(problems).anyMatch(p -> p.contains("rest[key=api]: path=\"api\" does not match"));
        assertThat(problems).anyMatch(p -> p.contains("rest[key=api]: version=\"one\" does not match"));
        assertThat(problems).anyMatch(p -> p.contains("servlet: <servlet> is not allowed in <atlassian-plugin>"));
        assertThat(problems).anyMatch(p -> p.contains("i18n key other.desc is missing from demo/i18n.properties"));
        assertThat(problems).anyMatch(p -> p.contains("i18n key " + KEY + ".demo.param.layout.label is missing from demo/i18n.properties"));
        assertThat(problems).noneMatch(p -> p.contains("i18n key demo.desc "));
        problems.forEach(System.out::println);
    }
}
