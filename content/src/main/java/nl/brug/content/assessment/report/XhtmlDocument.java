package nl.brug.content.assessment.report;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Builds an XHTML document as a DOM, so that every text and attribute is escaped by construction:
 * nothing is ever concatenated into markup.
 */
final class XhtmlDocument {

  static final String XHTML = "http://www.w3.org/1999/xhtml";

  static final String SVG = "http://www.w3.org/2000/svg";

  private final Document document;
  private final Element head;
  private final Element body;

  XhtmlDocument(String lang, String title, String css) {
    document = newBuilder().newDocument();
    Element html = document.createElementNS(XHTML, "html");
    html.setAttribute("lang", lang);
    html.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", lang);
    document.appendChild(html);
    head = add(html, "head");
    add(head, "title", title);
    Element style = add(head, "style", css);
    style.setAttribute("type", "text/css");
    body = add(html, "body");
  }

  /** A {@code <meta name content>} in the head; the PDF takes author and subject from these. */
  void meta(String name, String content) {
    Element meta = add(head, "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", Xml.clean(content));
  }

  Document document() {
    return document;
  }

  Element body() {
    return body;
  }

  /** A new empty element at the end of the parent. */
  Element add(Element parent, String name) {
    Element element = document.createElementNS(XHTML, name);
    parent.appendChild(element);
    return element;
  }

  /** A new element with text at the end of the parent. */
  Element add(Element parent, String name, String text) {
    Element element = add(parent, name);
    element.setTextContent(Xml.clean(text));
    return element;
  }

  /** The same, with a class. */
  Element add(Element parent, String name, String text, String cssClass) {
    Element element = add(parent, name, text);
    element.setAttribute("class", cssClass);
    return element;
  }

  /**
   * Parses an SVG we rendered ourselves and puts it at the end of the parent, with its {@code
   * <title>} and {@code <desc>} as alternative text ({@code alt}) for the tagged PDF.
   */
  Element addSvg(Element parent, String svg) {
    try {
      Document parsed = newBuilder().parse(new InputSource(new StringReader(svg)));
      Element root = parsed.getDocumentElement();
      String alternativeText = (text(root, "title") + ". " + text(root, "desc")).trim();
      Element imported = (Element) document.importNode(root, true);
      imported.setAttribute("alt", alternativeText);
      parent.appendChild(imported);
      return imported;
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("A chart is not well-formed SVG", e);
    }
  }

  private static String text(Element svg, String childName) {
    NodeList children = svg.getElementsByTagNameNS(SVG, childName);
    return children.getLength() == 0 ? "" : children.item(0).getTextContent();
  }

  /** A namespace-aware parser that reads no DTD and no external entity. */
  static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be configured securely", e);
    }
  }
}
