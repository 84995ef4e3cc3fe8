package com.journeymaps.confluence.descriptor;

import com.journeymaps.confluence.descriptor.DescriptorRules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks an atlassian-plugin.xml against {@link DescriptorRules} and against what the rules cannot say alone:
 * unique module keys, enum parameters with their values and typed defaults, icons and dependencies that point at
 * our own resources, blueprint references, classes that exist (and macros that implement Confluence's Macro), and
 * every i18n key the descriptor names or the macro browser looks up, in every bundle. Each problem is one line
 * that says where ({@code xhtml-macro[key=x]/parameters/parameter[name=y]}) and what is wrong.
 */
final class DescriptorValidator {

    private final DescriptorRules rules;
    private final Map<String, Properties> i18nBundles;
    private final Predicate<String> classExists;
    private final Predicate<String> isMacro;
    private final List<String> problems = new ArrayList<>();
    private String pluginKey = "";

    /**
     * @param i18nBundles file name (e.g. {@code journeymaps_de.properties}) to its contents, for every bundle the
     *                    descriptor's i18n resources name
     * @param classExists whether a class is in the plugin
     * @param isMacro     whether a class implements {@code com.atlassian.confluence.macro.Macro}
     */
    DescriptorValidator(DescriptorRules rules, Map<String, Properties> i18nBundles, Predicate<String> classExists, Predicate<String> isMacro) {
        this.rules = rules;
        this.i18nBundles = new LinkedHashMap<>(i18nBundles);
        this.classExists = classExists;
        this.isMacro = isMacro;
    }

    List<String> validate(Element root) {
        problems.clear();
        if (!root.getTagName().equals("atlassian-plugin")) {
            problems.add("root element is <" + root.getTagName() + ">, expected <atlassian-plugin>");
            return problems;
        }
        pluginKey = root.getAttribute("key");
        element(root, "atlassian-plugin", "atlassian-plugin");
        uniqueModuleKeys(root);
        for (Element macro : children(root, "xhtml-macro")) {
            macro(root, macro);
        }
        for (Element webResource : children(root, "web-resource")) {
            for (Element dependency : children(webResource, "dependency")) {
                String target = dependency.getTextContent().trim();
                if (target.startsWith(pluginKey + ":") && !hasModule(root, target.substring(pluginKey.length() + 1))) {
                    problems.add(where(webResource) + "/dependency: " + target + " names no module of this plugin");
                }
            }
        }
        for (Element blueprint : children(root, "blueprint")) {
            for (Element template : children(blueprint, "content-template")) {
                if (children(root, "content-template").stream().noneMatch(t -> t.getAttribute("key").equals(template.getAttribute("ref")))) {
                    problems.add(where(blueprint) + "/content-template: ref " + template.getAttribute("ref") + " names no <content-template>");
                }
            }
        }
        i18nKeys(root);
        return problems;
    }

    private void element(Element element, String ruleKey, String path) {
        Rule rule = rules.rules().get(ruleKey);
        if (rule == null) {
            problems.add(path + ": no rule for <" + element.getTagName() + "> here (" + ruleKey
                    + "); add one to confluence-descriptor-rules.json from the Confluence 10 docs");
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            present.add(name);
            if (!rule.required().contains(name) && !rule.optional().contains(name)) {
                problems.add(path + ": attribute " + name + " is not defined for <" + element.getTagName() + "> (allowed: "
                        + join(rule.required(), rule.optional()) + ")");
                continue;
            }
            List<String> allowed = rule.values().get(name);
            if (allowed != null && !allowed.contains(attribute.getValue())) {
                problems.add(path + ": " + name + "=\"" + attribute.getValue() + "\" is not one of " + allowed);
            }
            String pattern = rule.pattern().get(name);
            if (pattern != null && !attribute.getValue().matches(pattern)) {
                problems.add(path + ": " + name + "=\"" + attribute.getValue() + "\" does not match " + pattern);
            }
        }
        for (String required : rule.required()) {
            if (!present.contains(required) || element.getAttribute(required).isBlank()) {
                problems.add(path + ": required attribute " + required + " is missing");
            }
        }
        text(element, rule, path);
        List<String> seen = new ArrayList<>();
        for (Element child : children(element, null)) {
            String name = child.getTagName();
            seen.add(name);
            String reason = rules.forbidden().get(name);
            if (reason != null) {
                problems.add(path + "/" + name + ": <" + name + "> " + reason);
            } else if (!rule.children().contains(name)) {
                problems.add(path + "/" + name + ": <" + name + "> is not allowed in <" + element.getTagName() + "> (allowed: "
                        + rule.children() + ")");
            } else {
                element(child, element.getTagName() + ">" + name, where(child, path));
            }
        }
        for (String required : rule.requiredChildren()) {
            if (!seen.contains(required)) {
                problems.add(path + ": required <" + required + "> is missing");
            }
        }
    }

    private void text(Element element, Rule rule, String path) {
        String text = directText(element).trim();
        if (!rule.allowsText()) {
            if (!text.isEmpty()) {
                problems.add(path + ": <" + element.getTagName() + "> has text \"" + text + "\" but takes none");
            }
            return;
        }
        if (text.isEmpty() && !element.hasAttribute("key")) {
            problems.add(path + ": <" + element.getTagName() + "> is empty");
            return;
        }
        if (rule.textValues() != null && !rule.textValues().contains(text)
                && !(Boolean.TRUE.equals(rule.textPluginPrefixAllowed()) && text.startsWith(pluginKey + "."))) {
            problems.add(path + ": \"" + text + "\" is not one of " + rule.textValues()
                    + (Boolean.TRUE.equals(rule.textPluginPrefixAllowed()) ? " nor a context of our own (" + pluginKey + ".*)" : ""));
        }
        if (rule.textPattern() != null && !text.matches(rule.textPattern())) {
            problems.add(path + ": \"" + text + "\" does not match " + rule.textPattern());
        }
        if (rule.textByName() != null) {
            List<String> allowed = rule.textByName().get(element.getAttribute("name"));
            if (allowed != null && !allowed.contains(text)) {
                problems.add(path + ": " + element.getAttribute("name") + " is \"" + text + "\", expected one of " + allowed);
            }
        }
    }

    private void macro(Element root, Element macro) {
        String path = where(macro);
        String className = macro.getAttribute("class");
        if (!className.isEmpty()) {
            if (!classExists.test(className)) {
                problems.add(path + ": class " + className + " is not in the plugin");
            } else if (!isMacro.test(className)) {
                problems.add(path + ": class " + className + " does not implement com.atlassian.confluence.macro.Macro");
            }
        }
        String icon = macro.getAttribute("icon");
        String downloadPrefix = "/download/resources/" + pluginKey + "/";
        if (!icon.isEmpty()) {
            if (!icon.startsWith(downloadPrefix)) {
                problems.add(path + ": icon " + icon + " is not served from " + downloadPrefix);
            } else {
                String resource = icon.substring(downloadPrefix.length());
                boolean declared = children(root, "resource").stream()
                        .anyMatch(r -> r.getAttribute("type").equals("download") && (resource.equals(r.getAttribute("name"))
                                || (r.getAttribute("name").endsWith("/") && resource.startsWith(r.getAttribute("name")))));
                if (!declared) {
                    problems.add(path + ": icon " + icon + " names no download <resource> of the plugin");
                }
            }
        }
        for (Element parameters : children(macro, "parameters")) {
            for (Element parameter : children(parameters, "parameter")) {
                parameter(parameter, where(parameter, path + "/parameters"));
            }
        }
    }

    private void parameter(Element parameter, String path) {
        String type = parameter.getAttribute("type");
        List<String> values = children(parameter, "value").stream().map(v -> v.getAttribute("name")).toList();
        String defaultValue = parameter.hasAttribute("default") ? parameter.getAttribute("default") : null;
        if (type.equals("enum") && values.isEmpty()) {
            problems.add(path + ": an enum parameter needs <value name=...> choices");
        }
        if (!type.equals("enum") && !values.isEmpty()) {
            problems.add(path + ": <value> choices only apply to type enum, not " + type);
        }
        if (defaultValue != null) {
            boolean ok = switch (type) {
                case "enum" -> values.contains(defaultValue);
                case "boolean" -> defaultValue.equals("true") || defaultValue.equals("false");
                case "int", "percentage" -> defaultValue.matches("-?\\d+");
                default -> true;
            };
            if (!ok) {
                problems.add(path + ": default \"" + defaultValue + "\" is not a valid " + type + (type.equals("enum") ? " " + values : ""));
            }
        }
    }

    private void uniqueModuleKeys(Element root) {
        Set<String> keys = new HashSet<>();
        for (Element module : children(root, null)) {
            String key = module.getAttribute("key");
            if (!key.isEmpty() && !keys.add(key)) {
                problems.add(where(module) + ": module key " + key + " is used twice");
            }
        }
    }

    private void i18nKeys(Element root) {
        Map<String, String> keys = new LinkedHashMap<>();
        collectNamedKeys(root, "atlassian-plugin", keys);
        for (Element macro : children(root, "xhtml-macro")) {
            // The macro browser's own lookups: <plugin key>.<macro name>.label/.desc, .param.<name>.label/.desc
            String prefix = pluginKey + "." + macro.getAttribute("name");
            keys.put(prefix + ".label", where(macro) + " (macro browser title)");
            keys.put(prefix + ".desc", where(macro) + " (macro browser description)");
            for (Element parameters : children(macro, "parameters")) {
                for (Element parameter : children(parameters, "parameter")) {
                    String name = parameter.getAttribute("name");
                    keys.put(prefix + ".param." + name + ".label", where(parameter, where(macro) + "/parameters") + " (macro browser label)");
                    keys.put(prefix + ".param." + name + ".desc", where(parameter, where(macro) + "/parameters") + " (macro browser description)");
                }
            }
        }
        if (i18nBundles.isEmpty() && !keys.isEmpty()) {
            problems.add("atlassian-plugin: " + keys.size() + " i18n keys are used but no <resource type=\"i18n\"> bundle was found");
        }
        keys.forEach((key, usedAt) -> i18nBundles.forEach((bundle, texts) -> {
            String text = texts.getProperty(key);
            if (text == null || text.isBlank()) {
                problems.add(usedAt + ": i18n key " + key + " is missing from " + bundle);
            }
        }));
    }

    private void collectNamedKeys(Element element, String path, Map<String, String> keys) {
        for (Element child : children(element, null)) {
            String childPath = where(child, path);
            if (child.getTagName().equals("description") && !child.getAttribute("key").isEmpty()) {
                keys.put(child.getAttribute("key"), childPath);
            }
            for (String attribute : List.of("i18n-name-key", "i18n-index-title-key")) {
                if (!child.getAttribute(attribute).isEmpty()) {
                    keys.put(child.getAttribute(attribute), childPath + " " + attribute);
                }
            }
            if (child.getTagName().equals("button") && !child.getAttribute("label").isEmpty()) {
                keys.put(child.getAttribute("label"), childPath + " label");
            }
            collectNamedKeys(child, childPath, keys);
        }
    }

    private static boolean hasModule(Element root, String key) {
        return children(root, null).stream().anyMatch(m -> m.getAttribute("key").equals(key));
    }

    private static String where(Element element) {
        return where(element, "atlassian-plugin");
    }

    private static String where(Element element, String parentPath) {
        String id = element.hasAttribute("key") ? "key=" + element.getAttribute("key")
                : element.hasAttribute("name") ? "name=" + element.getAttribute("name") : "";
        String self = element.getTagName() + (id.isEmpty() ? "" : "[" + id + "]");
        return parentPath.equals("atlassian-plugin") && element.getParentNode() instanceof Element parent
                && parent.getTagName().equals("atlassian-plugin") ? self : parentPath + "/" + self;
    }

    private static String directText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && (name == null || child.getTagName().equals(name))) {
                list.add(child);
            }
        }
        return list;
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
