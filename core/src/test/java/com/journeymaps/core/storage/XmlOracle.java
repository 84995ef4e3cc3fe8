package com.journeymaps.core.storage;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Reads one macro element with the JDK's XML parser: an oracle independent of the codec's own
 * scanner, so a written macro is proven to be well-formed XML that says what was meant (as
 * Confluence's parser will read it). Namespace processing is off, so {@code ac:} needs no declaration.
 */
final class XmlOracle {

    record ParsedMacro(String name, Map<String, String> parameters, String body) {
    }

    private XmlOracle() {
    }

    static ParsedMacro parse(String macroMarkup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element macro = builder.parse(new InputSource(new StringReader(macroMarkup))).getDocumentElement();
            Map<String, String> parameters = new LinkedHashMap<>();
            String body = "";
            for (Node child = macro.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    if (element.getTagName().equals("ac:parameter")) {
                        parameters.put(element.getAttribute("ac:name"), element.getTextContent());
                    } else if (element.getTagName().equals("ac:plain-text-body")) {
                        body = element.getTextContent();
                    }
                }
            }
            return new ParsedMacro(macro.getAttribute("ac:name"), parameters, body);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + macroMarkup, e);
        }
    }
}
