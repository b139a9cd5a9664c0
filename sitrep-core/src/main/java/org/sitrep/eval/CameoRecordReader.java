package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads PETRARCH's validation records ({@code PETR.UnitTest.records.xml}) with the JDK's XML parser: each
 * {@code <Sentence date="YYYYMMDD" id category>} holds {@code <EventCoding sourcecode targetcode eventcode>}
 * elements (or one with {@code noevents="True"}, or with {@code error="..."} where the coder must discard the
 * record: both are "no event" records) and a {@code <Text>}, whose line breaks are folded to spaces. The
 * {@code <Parse>} trees and {@code <Config>} switches are PETRARCH's own and are ignored. A file that cannot be read
 * or a record without its fields fails with one line naming the file: {@link IllegalArgumentException}.
 */
public final class CameoRecordReader {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public List<CameoSentence> read(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
        Document doc;
        try {
            doc = parser().parse(file.toFile());
        } catch (SAXParseException e) {
            throw new IllegalArgumentException(file + ":" + e.getLineNumber() + ": not XML: " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        List<CameoSentence> out = new ArrayList<>();
        NodeList sentences = doc.getElementsByTagName("Sentence");
        for (int i = 0; i < sentences.getLength(); i++) out.add(sentence((Element) sentences.item(i), file));
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no <Sentence> records");
        return out;
    }

    private static CameoSentence sentence(Element s, Path file) {
        String id = s.getAttribute("id");
        if (id.isEmpty()) throw new IllegalArgumentException(file + ": a <Sentence> without id");
        LocalDate date;
        try {
            date = LocalDate.parse(s.getAttribute("date"), DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": sentence " + id + ": bad date '" + s.getAttribute("date") + "'");
        }
        NodeList texts = s.getElementsByTagName("Text");
        if (texts.getLength() == 0) throw new IllegalArgumentException(file + ": sentence " + id + " has no <Text>");
        String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
        List<CameoCoding> codings = new ArrayList<>();
        boolean noEvents = false;
        NodeList cs = s.getElementsByTagName("EventCoding");
        for (int i = 0; i < cs.getLength(); i++) {
            Element c = (Element) cs.item(i);
            // error="storydiscard", "bad_input_parse" ...: the coder must refuse the record, so it codes nothing.
            if (c.getAttribute("noevents").equalsIgnoreCase("true") || !c.getAttribute("error").isEmpty()) {
                noEvents = true;
                continue;
            }
            String code = c.getAttribute("eventcode");
            if (code.length() < 2) throw new IllegalArgumentException(file + ": sentence " + id + ": an <EventCoding> without eventcode");
            codings.add(new CameoCoding(blankToNull(c.getAttribute("sourcecode")), blankToNull(c.getAttribute("targetcode")), code));
        }
        return new CameoSentence(id, s.getAttribute("category"), date, text, codings, noEvents && codings.isEmpty());
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    /** No DTDs or external entities: the file is data, not a program. */
    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        // The default handler also prints each error to stderr; the exception carries the one line we show.
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return b;
    }
}
