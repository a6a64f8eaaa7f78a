package cn.gov.finance.perf.admin.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.springframework.lang.Nullable;

/**
 * What a file changes against the latest deployed version of the same key: BPMN elements added,
 * removed and changed by id (type, name, attributes, extension elements and other content without
 * an id of their own — the diagram's layout is left out); DMN decisions with their hit policy,
 * columns and rules, rules compared cell by cell.
 */
final class ModelDiff {

	enum Status { NEW, CHANGED, UNCHANGED }

	enum Change { ADDED, REMOVED, CHANGED }

	/** The changes of one file. */
	record FileChanges(String file, String resourceName, Status status, @Nullable String previousDeploymentId,
			List<ElementChange> elements, List<DecisionChange> decisions) {
	}

	/**
	 * A BPMN element by id; {@code differences} names what changed: {@code type}, {@code name}, an
	 * attribute's name, {@code content}. {@code oldName} is its name in the version in use, where it had one.
	 */
	record ElementChange(String id, String type, @Nullable String name, @Nullable String oldName, Change change,
			List<String> differences) {
	}

	record DecisionChange(String decisionId, @Nullable String name, Change change, @Nullable String oldHitPolicy,
			@Nullable String newHitPolicy, List<ColumnChange> columns, List<RuleChange> rules) {
	}

	enum ColumnKind { INPUT, OUTPUT }

	record ColumnChange(String columnId, ColumnKind kind, Change change, @Nullable String oldLabel,
			@Nullable String newLabel) {
	}

	record RuleChange(String ruleId, Change change, List<CellChange> cells) {
	}

	/** One cell of a rule: the column's label, the entry before and after. */
	record CellChange(String column, ColumnKind kind, @Nullable String oldText, @Nullable String newText) {
	}

	private static final Set<String> LAYOUT_NAMESPACES = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
			"http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
			"https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DMNDI/",
			"http://www.omg.org/spec/DMN/20180521/DC/", "http://www.omg.org/spec/DMN/20180521/DI/");

	private ModelDiff() {
	}

	static FileChanges of(ModelValidator.Checked checked) {
		String file = checked.file().name();
		String resource = checked.resourceName();
		if (checked.previous().isEmpty()) {
			return new FileChanges(file, resource, Status.NEW, null, List.of(), List.of());
		}
		DeployedModels.Deployed previous = checked.previous().get();
		if (!checked.changed()) {
			return new FileChanges(file, resource, Status.UNCHANGED, previous.deploymentId(), List.of(), List.of());
		}
		List<ElementChange> elements = List.of();
		List<DecisionChange> decisions = List.of();
		if (checked.file().kind().orElse(null) == ModelFile.Kind.BPMN) {
			elements = elements(XmlScan.scan(new ModelFile(resource, previous.bytes())), checked.scan());
		}
		else if (checked.file().kind().orElse(null) == ModelFile.Kind.DMN) {
			decisions = decisions(previous.bytes(), checked.file().bytes());
		}
		return new FileChanges(file, resource, Status.CHANGED, previous.deploymentId(), elements, decisions);
	}

	/** An element's parts that a change is told by. */
	private record Shape(String type, @Nullable String name, Map<String, String> attributes, String content) {
	}

	static List<ElementChange> elements(XmlScan.Result before, XmlScan.Result after) {
		Map<String, Shape> old = shapes(before);
		Map<String, Shape> now = shapes(after);
		List<ElementChange> changes = new ArrayList<>();
		now.forEach((id, shape) -> {
			Shape was = old.get(id);
			if (was == null) {
				changes.add(new ElementChange(id, shape.type(), shape.name(), null, Change.ADDED, List.of()));
				return;
			}
			List<String> differences = new ArrayList<>();
			if (!was.type().equals(shape.type())) {
				differences.add("type");
			}
			if (!Objects.equals(was.name(), shape.name())) {
				differences.add("name");
			}
			Set<String> attributes = new LinkedHashSet<>(was.attributes().keySet());
			attributes.addAll(shape.attributes().keySet());
			attributes.stream()
				.filter(a -> !Objects.equals(was.attributes().get(a), shape.attributes().get(a)))
				.forEach(differences::add);
			if (!was.content().equals(shape.content())) {
				differences.add("content");
			}
			if (!differences.isEmpty()) {
				changes.add(new ElementChange(id, shape.type(), shape.name(), was.name(), Change.CHANGED, differences));
			}
		});
		old.forEach((id, shape) -> {
			if (!now.containsKey(id)) {
				changes.add(new ElementChange(id, shape.type(), null, shape.name(), Change.REMOVED, List.of()));
			}
		});
		return changes;
	}

	private static Map<String, Shape> shapes(XmlScan.Result scan) {
		Map<String, StringBuilder> contents = new LinkedHashMap<>();
		Map<String, XmlScan.Element> owners = new LinkedHashMap<>();
		for (XmlScan.Element e : scan.elements()) {
			if (LAYOUT_NAMESPACES.contains(e.namespace()) || insideLayout(e)) {
				continue;
			}
			if (e.id() != null) {
				owners.put(e.id(), e);
				contents.computeIfAbsent(e.id(), k -> new StringBuilder()).append(e.text());
			}
			else if (e.withId() != null) {
				contents.computeIfAbsent(e.withId().id(), k -> new StringBuilder())
					.append('<')
					.append(e.type())
					.append(new java.util.TreeMap<>(e.attributes()))
					.append('>')
					.append(e.text());
			}
		}
		Map<String, Shape> shapes = new LinkedHashMap<>();
		owners.forEach((id, e) -> {
			Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
			attributes.remove("id");
			String name = attributes.remove("name");
			shapes.put(id, new Shape(e.type(), name, attributes, contents.get(id).toString()));
		});
		return shapes;
	}

	private static boolean insideLayout(XmlScan.Element e) {
		for (XmlScan.Element p = e.parent(); p != null; p = p.parent()) {
			if (LAYOUT_NAMESPACES.contains(p.namespace())) {
				return true;
			}
		}
		return false;
	}

	static List<DecisionChange> decisions(byte[] before, byte[] after) {
		Map<String, Decision> old = decisionsOf(before);
		Map<String, Decision> now = decisionsOf(after);
		List<DecisionChange> changes = new ArrayList<>();
		now.forEach((id, decision) -> {
			Decision was = old.get(id);
			if (was == null) {
				changes.add(new DecisionChange(id, decision.getName(), Change.ADDED, null, hitPolicy(decision), List.of(),
						List.of()));
				return;
			}
			DecisionChange change = compare(was, decision);
			if (change != null) {
				changes.add(change);
			}
		});
		old.forEach((id, decision) -> {
			if (!now.containsKey(id)) {
				changes.add(new DecisionChange(id, decision.getName(), Change.REMOVED, hitPolicy(decision), null, List.of(),
						List.of()));
			}
		});
		return changes;
	}

	private static Map<String, Decision> decisionsOf(byte[] bytes) {
		DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
		return model.getModelElementsByType(Decision.class)
			.stream()
			.collect(Collectors.toMap(Decision::getId, d -> d, (a, b) -> a, LinkedHashMap::new));
	}

	@Nullable private static String hitPolicy(Decision decision) {
		return decision.getExpression() instanceof DecisionTable table && table.getHitPolicy() != null
				? table.getHitPolicy().name() : null;
	}

	/** A column as the comparison sees it: its id, label and position among its kind. */
	private record Column(String id, ColumnKind kind, String label, int index) {
	}

	@Nullable private static DecisionChange compare(Decision was, Decision now) {
		if (!(was.getExpression() instanceof DecisionTable oldTable) || !(now.getExpression() instanceof DecisionTable newTable)) {
			return null;
		}
		List<Column> oldColumns = columns(oldTable);
		List<Column> newColumns = columns(newTable);
		Map<String, Column> oldById = oldColumns.stream().collect(Collectors.toMap(Column::id, c -> c, (a, b) -> a));
		Map<String, Column> newById = newColumns.stream().collect(Collectors.toMap(Column::id, c -> c, (a, b) -> a));
		List<ColumnChange> columns = new ArrayList<>();
		for (Column c : newColumns) {
			Column before = oldById.get(c.id());
			if (before == null) {
				columns.add(new ColumnChange(c.id(), c.kind(), Change.ADDED, null, c.label()));
			}
			else if (!before.label().equals(c.label())) {
				columns.add(new ColumnChange(c.id(), c.kind(), Change.CHANGED, before.label(), c.label()));
			}
		}
		for (Column c : oldColumns) {
			if (!newById.containsKey(c.id())) {
				columns.add(new ColumnChange(c.id(), c.kind(), Change.REMOVED, c.label(), null));
			}
		}
		Map<String, Rule> oldRules = rules(oldTable);
		Map<String, Rule> newRules = rules(newTable);
		List<RuleChange> rules = new ArrayList<>();
		newRules.forEach((id, rule) -> {
			Rule before = oldRules.get(id);
			List<CellChange> cells = new ArrayList<>();
			for (Column c : newColumns) {
				Column oldColumn = oldById.get(c.id());
				String oldText = before == null || oldColumn == null ? null : cell(before, oldColumn);
				String newText = cell(rule, c);
				if (!Objects.equals(oldText, newText)) {
					cells.add(new CellChange(c.label(), c.kind(), oldText, newText));
				}
			}
			if (before == null) {
				rules.add(new RuleChange(id, Change.ADDED, cells));
			}
			else if (!cells.isEmpty()) {
				rules.add(new RuleChange(id, Change.CHANGED, cells));
			}
		});
		oldRules.forEach((id, rule) -> {
			if (!newRules.containsKey(id)) {
				rules.add(new RuleChange(id, Change.REMOVED, oldColumns.stream()
					.map(c -> new CellChange(c.label(), c.kind(), cell(rule, c), null))
					.toList()));
			}
		});
		String oldPolicy = hitPolicy(was);
		String newPolicy = hitPolicy(now);
		boolean policyChanged = !Objects.equals(oldPolicy, newPolicy);
		if (!policyChanged && columns.isEmpty() && rules.isEmpty() && Objects.equals(was.getName(), now.getName())) {
			return null;
		}
		return new DecisionChange(now.getId(), now.getName(), Change.CHANGED, oldPolicy, newPolicy, columns, rules);
	}

	private static List<Column> columns(DecisionTable table) {
		List<Column> columns = new ArrayList<>();
		int i = 0;
		for (Input input : table.getInputs()) {
			String label = input.getLabel() != null ? input.getLabel()
					: input.getInputExpression() == null ? input.getId() : text(input.getInputExpression());
			columns.add(new Column(input.getId(), ColumnKind.INPUT, String.valueOf(label), i++));
		}
		i = 0;
		for (Output output : table.getOutputs()) {
			String label = output.getLabel() != null ? output.getLabel() : output.getName();
			columns.add(new Column(output.getId(), ColumnKind.OUTPUT, String.valueOf(label), i++));
		}
		return columns;
	}

	private static Map<String, Rule> rules(DecisionTable table) {
		return table.getRules().stream().collect(Collectors.toMap(Rule::getId, r -> r, (a, b) -> a, LinkedHashMap::new));
	}

	@Nullable private static String cell(Rule rule, Column column) {
		if (column.kind() == ColumnKind.INPUT) {
			List<UnaryTests> entries = List.copyOf(rule.getInputEntries());
			return column.index() < entries.size() ? text(entries.get(column.index())) : null;
		}
		List<LiteralExpression> entries = List.copyOf(rule.getOutputEntries());
		return column.index() < entries.size() ? text(entries.get(column.index())) : null;
	}

	private static String text(UnaryTests entry) {
		return entry.getText() == null ? "" : entry.getText().getTextContent().strip();
	}

	private static String text(LiteralExpression entry) {
		return entry.getText() == null ? "" : entry.getText().getTextContent().strip();
	}

}
