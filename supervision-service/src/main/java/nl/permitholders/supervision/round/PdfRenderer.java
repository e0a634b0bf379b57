package nl.permitholders.supervision.round;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.permitholders.platform.api.InvalidInputException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A Qute template that province staff wrote, rendered to a PDF: the template gives XHTML (escaped as HTML), which
 * openhtmltopdf lays out. The template may load nothing from outside (no file, no URL): everything a letter shows is
 * in the data it is rendered with, the chart as inline SVG. A template that does not parse, fails to render, or does
 * not give an {@code <html>} document is refused with 400 naming {@code field}, with the line where Qute found it.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The field a template staff send is refused under. */
    public static final String FIELD = "template";

    static final String DUTCH = "dutch";
    static final String LABELS = "msg";
    private static final Set<String> NAMESPACES = Set.of(DUTCH, LABELS);
    /** The sections a letter needs; $root is the template itself. */
    private static final Set<String> SECTIONS = Set.of("$root", "if", "for", "each", "when", "switch", "let");

    static {
        PdfLibraryLog.install();
    }

    @Inject
    Engine engine;

    /**
     * The template in {@code body}; 400 naming {@code field} when it does not parse, or reaches beyond its data: a
     * namespace other than {@value #DUTCH} and {@value #LABELS} (Qute's {@code config:} and {@code inject:} would read
     * the service's settings and beans), or a section other than {@link #SECTIONS} ({@code include} would pull in the
     * service's own templates, {@code eval} would run text as a template unchecked).
     */
    public Template parse(String field, String body) {
        Template template;
        try {
            template = engine.parse(body, Variant.forContentType(Variant.TEXT_HTML));
        } catch (TemplateException e) {
            throw refusal(field, "does not parse", e);
        }
        for (TemplateNode node : template.findNodes(TemplateNode::isSection)) {
            String name = node.asSection().getName();
            if (!SECTIONS.contains(name)) {
                throw InvalidInputException.of(field, "may use the sections " + SECTIONS.stream().filter(s -> !s.startsWith("$")).toList()
                        + ", not #" + name + " (line " + node.getOrigin().getLine() + ")");
            }
        }
        for (Expression expression : template.getExpressions()) {
            checkNamespaces(field, expression);
        }
        return template;
    }

    private static void checkNamespaces(String field, Expression expression) {
        if (expression.getNamespace() != null && !NAMESPACES.contains(expression.getNamespace())) {
            throw InvalidInputException.of(field, "may use the namespaces " + NAMESPACES + ", not " + expression.getNamespace()
                    + ": (line " + expression.getOrigin().getLine() + ")");
        }
        for (Expression.Part part : expression.getParts()) {
            if (part.isVirtualMethod()) {
                part.asVirtualMethod().getParameters().forEach(parameter -> checkNamespaces(field, parameter));
            }
        }
    }

    /** The template rendered with {@code data} under {@code name}; 400 naming {@code field} when that fails. */
    public String html(String field, Template template, String name, Object data) {
        try {
            return template.data(name, data).render();
        } catch (TemplateException e) {
            throw refusal(field, "cannot be rendered", e);
        }
    }

    /** The PDF of {@code html}; 400 naming {@code field} when it is no well-formed XHTML document with an html root. */
    public byte[] pdf(String field, String html) {
        Document document = xhtml(field, html);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withW3cDocument(document, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static Document xhtml(String field, String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DTD at all: no entity from outside, no entity expansion.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            Document document = parser.parse(new InputSource(new StringReader(html)));
            if (!"html".equals(document.getDocumentElement().getLocalName())) {
                throw InvalidInputException.of(field, "must give an XHTML document whose root element is <html>, not <"
                        + document.getDocumentElement().getLocalName() + ">");
            }
            return document;
        } catch (SAXException e) {
            throw InvalidInputException.of(field, "does not give well-formed XHTML: " + e.getMessage()
                    + (e instanceof org.xml.sax.SAXParseException p ? " (line " + p.getLineNumber() + " of the rendered letter)" : ""));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException refusal(String field, String what, TemplateException e) {
        String line = e.getOrigin() != null && e.getOrigin().getLine() > 0 ? " (line " + e.getOrigin().getLine() + ")" : "";
        return InvalidInputException.of(field, what + line + ": " + e.getMessage());
    }

    /** A template shipped with the service, at {@code path} among its resources. */
    public static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the service");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
