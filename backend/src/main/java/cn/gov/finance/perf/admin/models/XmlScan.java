package cn.gov.finance.perf.admin.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.gov.finance.perf.system.Message;
import org.springframework.lang.Nullable;

/**
 * One StAX pass over a model file, before any other parser sees it: refuses a DOCTYPE (so no
 * entity, internal or external, is ever expanded), reports where a file is not well-formed, and
 * keeps every element with its line, attributes and text, so later checks can name the element
 * and the line of what they find. The factory supports no DTDs and no external entities.
 */
final class XmlScan {

	/** An element of the file, in document order: its namespace, local name, id, line, attributes and own text. */
	record Element(String namespace, String type, @Nullable String id, int line, Map<String, String> attributes,
			String text, @Nullable Element parent) {

		/** The nearest element (this one or an ancestor) that has an id. */
		@Nullable Element withId() {
			Element e = this;
			while (e != null && e.id == null) {
				e = e.parent;
			}
			return e;
		}

		@Nullable String attribute(String name) {
			return this.attributes.get(name);
		}

	}

	record Result(List<Element> elements, @Nullable ModelProblem problem) {

		Optional<Element> root() {
			return this.elements.isEmpty() ? Optional.empty() : Optional.of(this.elements.get(0));
		}

	}

	private static final XMLInputFactory FACTORY = hardened();

	private XmlScan() {
	}

	static XMLInputFactory hardened() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	static Result scan(ModelFile file) {
		List<Element> elements = new ArrayList<>();
		List<StringBuilder> texts = new ArrayList<>();
		List<Element> open = new ArrayList<>();
		XMLStreamReader reader = null;
		try {
			reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(file.bytes()));
			while (reader.hasNext()) {
				int event = reader.next();
				switch (event) {
					case XMLStreamConstants.DTD -> {
						return new Result(List.of(), new ModelProblem(file.name(), null, reader.getLocation().getLineNumber(),
								Message.of("model.xml.doctype")));
					}
					case XMLStreamConstants.ENTITY_REFERENCE -> {
						return new Result(List.of(), new ModelProblem(file.name(), null, reader.getLocation().getLineNumber(),
								Message.of("model.xml.entity", reader.getLocalName())));
					}
					case XMLStreamConstants.START_ELEMENT -> {
						Map<String, String> attributes = new LinkedHashMap<>();
						for (int i = 0; i < reader.getAttributeCount(); i++) {
							String prefix = reader.getAttributePrefix(i);
							String name = prefix == null || prefix.isEmpty() ? reader.getAttributeLocalName(i)
									: prefix + ":" + reader.getAttributeLocalName(i);
							attributes.put(name, reader.getAttributeValue(i));
						}
						StringBuilder text = new StringBuilder();
						Element parent = open.isEmpty() ? null : open.get(open.size() - 1);
						Element element = new Element(String.valueOf(reader.getNamespaceURI()), reader.getLocalName(),
								attributes.get("id"), reader.getLocation().getLineNumber(), attributes, "", parent);
						elements.add(element);
						texts.add(text);
						open.add(element);
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
						if (!open.isEmpty()) {
							texts.get(elements.indexOf(open.get(open.size() - 1))).append(reader.getText());
						}
					}
					case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
					default -> {
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			Integer line = ex.getLocation() == null ? null : ex.getLocation().getLineNumber();
			String reason = ex.getMessage() == null ? "" : ex.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
			return new Result(List.of(), new ModelProblem(file.name(), null, line,
					Message.of("model.xml.malformed", reason.strip())));
		}
		finally {
			close(reader);
		}
		if (elements.isEmpty()) {
			return new Result(List.of(), new ModelProblem(file.name(), null, null, Message.of("model.xml.empty")));
		}
		return new Result(withTexts(elements, texts), null);
	}

	/** The elements again, each with its own text (the parent links point to the text-less copies: enough for ids and lines). */
	private static List<Element> withTexts(List<Element> elements, List<StringBuilder> texts) {
		List<Element> result = new ArrayList<>(elements.size());
		for (int i = 0; i < elements.size(); i++) {
			Element e = elements.get(i);
			result.add(new Element(e.namespace(), e.type(), e.id(), e.line(), e.attributes(), texts.get(i).toString().strip(),
					e.parent()));
		}
		return result;
	}

	private static void close(@Nullable XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// nothing left to read
			}
		}
	}

}
