package cn.gov.finance.perf.admin.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import cn.gov.finance.perf.system.Message;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The expressions a model may hold, checked on JUEL's own syntax tree (the parser Camunda
 * evaluates them with): process-variable names, literals, comparisons, boolean and arithmetic
 * operators, {@code empty}/{@code not}, and method calls on the application's own beans. Refused:
 * method calls on anything else (a literal, a variable, an engine object, a bean that is not the
 * application's), property access beyond a few harmless properties of {@code execution}/{@code task},
 * brackets, EL functions, and the names reflection goes through ({@code class}, {@code getClass},
 * {@code forName}, {@code java}, {@code Runtime}, …).
 */
final class ExpressionRules {

	/** What an expression's names are: the application's beans, other Spring beans, or process variables. */
	interface Beans {

		boolean isOwn(String name);

		boolean isOther(String name);

	}

	private static final Set<String> FORBIDDEN = Set.of("class", "getClass", "forName", "classLoader", "getClassLoader",
			"java", "javax", "jakarta", "Runtime", "System", "Thread", "ProcessBuilder", "Class", "exec", "invoke",
			"newInstance", "getMethod", "getDeclaredMethod", "getProcessEngineServices", "getProcessEngine",
			"processEngineServices", "processEngine", "getProcessEngineConfiguration", "getBeanFactory",
			"getApplicationContext", "applicationContext");

	/** Harmless questions asked of a collection variable ({@code ${experts.size() > 0}}). */
	private static final Set<String> VARIABLE_METHODS = Set.of("size", "isEmpty", "contains");

	/** Properties of the execution or task an expression may read (ids and names, no services). */
	private static final Set<String> CONTEXT_PROPERTIES = Set.of("processBusinessKey", "businessKey",
			"processInstanceId", "id", "activityId", "currentActivityId", "currentActivityName", "eventName",
			"taskDefinitionKey", "name", "assignee");

	private static final Set<String> CONTEXT_OBJECTS = Set.of("execution", "task");

	private static final Builder BUILDER = new Builder(Builder.Feature.METHOD_INVOCATIONS);

	private ExpressionRules() {
	}

	/** Whether a text holds an expression at all. */
	static boolean isExpression(String text) {
		return text.contains("${") || text.contains("#{");
	}

	/** What is wrong with an expression, one message per offending part; empty when it is allowed. */
	static List<Message> check(String expression, Beans beans) {
		Node root;
		try {
			root = BUILDER.build(expression).getRoot();
		}
		catch (TreeBuilderException ex) {
			return List.of(Message.of("model.expression.unparsable", expression, ex.getMessage()));
		}
		List<Message> problems = new ArrayList<>();
		visit(root, expression, beans, problems);
		return problems.stream().distinct().toList();
	}

	/** The names of the application's beans an expression calls ({@code monitoringCalendar} in {@code ${monitoringCalendar.dueAt(periodId)}}). */
	static List<String> calledBeans(String expression, Predicate<String> isIdentifier) {
		List<String> names = new ArrayList<>();
		try {
			collectCalls(BUILDER.build(expression).getRoot(), names, isIdentifier);
		}
		catch (TreeBuilderException ex) {
			// reported by check()
		}
		return names;
	}

	private static void collectCalls(Node node, List<String> names, Predicate<String> accept) {
		if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
				&& dot.getChild(0) instanceof AstIdentifier target && accept.test(target.getName())) {
			names.add(target.getName());
		}
		for (int i = 0; i < node.getCardinality(); i++) {
			collectCalls(node.getChild(i), names, accept);
		}
	}

	private static void visit(Node node, String expression, Beans beans, List<Message> problems) {
		if (node instanceof AstMethod method) {
			Node property = method.getChild(0);
			if (property instanceof AstDot dot) {
				String name = name(dot);
				Node target = dot.getChild(0);
				if (FORBIDDEN.contains(name)) {
					problems.add(Message.of("model.expression.forbidden", expression, name));
				}
				else if (!(target instanceof AstIdentifier identifier)) {
					problems.add(Message.of("model.expression.method", expression, name));
					visit(target, expression, beans, problems);
				}
				else if (!beans.isOwn(identifier.getName())
						&& (beans.isOther(identifier.getName()) || !VARIABLE_METHODS.contains(name))) {
					problems.add(Message.of("model.expression.method", expression, identifier.getName() + "." + name));
				}
				else {
					visit(identifier, expression, beans, problems);
				}
			}
			else {
				problems.add(Message.of("model.expression.bracket", expression));
			}
			visit(method.getChild(1), expression, beans, problems);
			return;
		}
		if (node instanceof AstDot dot) {
			String name = name(dot);
			Node target = dot.getChild(0);
			if (FORBIDDEN.contains(name)) {
				problems.add(Message.of("model.expression.forbidden", expression, name));
			}
			else if (!(target instanceof AstIdentifier identifier && CONTEXT_OBJECTS.contains(identifier.getName())
					&& CONTEXT_PROPERTIES.contains(name))) {
				problems.add(Message.of("model.expression.property", expression, name));
			}
			return;
		}
		if (node instanceof AstBracket) {
			problems.add(Message.of("model.expression.bracket", expression));
			return;
		}
		if (node instanceof AstFunction function) {
			problems.add(Message.of("model.expression.function", expression, function.getName()));
			return;
		}
		if (node instanceof AstIdentifier identifier) {
			String name = identifier.getName();
			if (FORBIDDEN.contains(name)) {
				problems.add(Message.of("model.expression.forbidden", expression, name));
			}
			else if (beans.isOther(name) && !CONTEXT_OBJECTS.contains(name)) {
				problems.add(Message.of("model.expression.foreignBean", expression, name));
			}
			return;
		}
		for (int i = 0; i < node.getCardinality(); i++) {
			visit(node.getChild(i), expression, beans, problems);
		}
	}

	/** JUEL prints a dot as {@code ". name"}. */
	private static String name(AstDot dot) {
		String text = dot.toString();
		return text.startsWith(". ") ? text.substring(2) : text;
	}

}
