package com.journeymaps.confluence.wiring;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.xml.AbstractBeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.util.ClassUtils;
import org.springframework.util.xml.DomUtils;
import org.w3c.dom.Element;

/**
 * Stands in for Gemini Blueprint's {@code osgi:} namespace handler, which in Confluence turns each
 * {@code <osgi:reference>} into a proxy of an OSGi service Confluence registered. Here each reference becomes a
 * Mockito mock of the same interface(s) under the same bean id, so the rest of the plugin's XML loads unchanged.
 * Every other element of the namespace fails loudly: extend this class when the plugin starts to use one.
 */
final class OsgiReferencesAsMocks extends NamespaceHandlerSupport {

    static final String NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    /** Bean id to the interface the plugin imports under it. */
    private final Map<String, List<Class<?>>> references = new LinkedHashMap<>();

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new AbstractBeanDefinitionParser() {
            @Override
            protected AbstractBeanDefinition parseInternal(Element element, ParserContext parserContext) {
                List<Class<?>> interfaces = interfaces(element, parserContext);
                references.put(element.getAttribute("id"), interfaces);
                Class<?> first = interfaces.get(0);
                Class<?>[] extra = interfaces.subList(1, interfaces.size()).toArray(new Class<?>[0]);
                return BeanDefinitionBuilder.genericBeanDefinition(Object.class,
                                () -> extra.length == 0 ? mock(first) : mock(first, withSettings().extraInterfaces(extra)))
                        .getBeanDefinition();
            }
        });
    }

    Map<String, List<Class<?>>> references() {
        return references;
    }

    private static List<Class<?>> interfaces(Element element, ParserContext parserContext) {
        List<String> names = new ArrayList<>();
        if (!element.getAttribute("interface").isEmpty()) {
            names.add(element.getAttribute("interface"));
        }
        Element list = DomUtils.getChildElementByTagName(element, "interfaces");
        if (list != null) {
            for (Element value : DomUtils.getChildElementsByTagName(list, "value")) {
                names.add(DomUtils.getTextValue(value).trim());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("osgi:reference " + element.getAttribute("id") + " names no interface");
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            try {
                types.add(ClassUtils.forName(name, parserContext.getReaderContext().getBeanClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("osgi:reference " + element.getAttribute("id") + " imports " + name
                        + ", which is not on the classpath (missing from the stubs?)", e);
            }
            if (!types.get(types.size() - 1).isInterface()) {
                throw new IllegalArgumentException("osgi:reference " + element.getAttribute("id") + ": " + name
                        + " is not an interface; OSGi service proxies need interfaces");
            }
        }
        return types;
    }
}
