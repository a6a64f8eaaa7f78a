package cn.gov.finance.perf.admin.models;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.inbox.ProcessModel;
import cn.gov.finance.perf.system.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.xml.sax.SAXParseException;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Everything checked before a model file is deployed, from the bytes up: suffix and size; XML
 * well-formed, no DOCTYPE, no entities ({@link XmlScan}, before any other parser sees the file);
 * BPMN/DMN schema (Camunda's model API); the engine's own parse, run dry (nothing is stored);
 * then the house rules — a history time to live, no scripts, only the application's delegate beans
 * and classes, form keys the app renders, groups and users that exist, expressions inside the
 * allowlist ({@link ExpressionRules}), and every task, error, message and variable the code names
 * ({@link ProcessModel} classes) still there. All problems of all files are collected.
 */
@Component
public class ModelValidator {

	static final String OWN_PACKAGE = "cn.gov.finance.perf.";

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][\\w]*");

	private static final Pattern LONE_IDENTIFIER = Pattern.compile("^[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}$");

	/** What one file turned out to be: its scan, what it would replace, and its problems. */
	public record Checked(ModelFile file, XmlScan.Result scan, Optional<DeployedModels.Deployed> previous,
			List<ModelProblem> problems) {

		/** Whether deploying it would change anything: new, or different bytes from the latest version. */
		public boolean changed() {
			return this.previous.isEmpty() || !java.util.Arrays.equals(this.previous.get().bytes(), this.file.bytes());
		}

		/** The resource name to deploy under: the name of what it replaces, else its own. */
		public String resourceName() {
			return this.previous.map(DeployedModels.Deployed::resourceName).orElse(this.file.name());
		}

	}

	private final ApplicationContext context;

	private final ProcessEngine engine;

	private final IdentityService identityService;

	private final FormKeys formKeys;

	private final DeployedModels deployed;

	private final ObjectMapper json;

	private final long maxFileBytes;

	ModelValidator(ApplicationContext context, ProcessEngine engine, FormKeys formKeys, DeployedModels deployed,
			ObjectMapper json, @Value("${app.models.max-file-size:2MB}") DataSize maxFileSize) {
		this.context = context;
		this.engine = engine;
		this.identityService = engine.getIdentityService();
		this.formKeys = formKeys;
		this.deployed = deployed;
		this.json = json;
		this.maxFileBytes = maxFileSize.toBytes();
	}

	public long maxFileBytes() {
		return this.maxFileBytes;
	}

	public List<Checked> check(List<ModelFile> files) {
		List<Checked> result = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		for (ModelFile file : files) {
			List<ModelProblem> problems = new ArrayList<>();
			if (!names.add(file.name())) {
				problems.add(new ModelProblem(file.name(), null, null, Message.of("model.file.duplicate")));
			}
			result.add(check(file, problems));
		}
		return result;
	}

	private Checked check(ModelFile file, List<ModelProblem> problems) {
		XmlScan.Result empty = new XmlScan.Result(List.of(), null);
		Optional<ModelFile.Kind> kind = file.kind();
		if (kind.isEmpty()) {
			problems.add(new ModelProblem(file.name(), null, null, Message.of("model.file.suffix", ".bpmn, .dmn, .form")));
			return new Checked(file, empty, Optional.empty(), problems);
		}
		if (file.bytes().length > this.maxFileBytes) {
			problems.add(new ModelProblem(file.name(), null, null,
					Message.of("model.file.tooLarge", DataSize.ofBytes(this.maxFileBytes).toKilobytes())));
			return new Checked(file, empty, Optional.empty(), problems);
		}
		if (kind.get() == ModelFile.Kind.FORM) {
			checkForm(file, problems);
			return new Checked(file, empty, this.deployed.latest(file, empty), problems);
		}
		XmlScan.Result scan = XmlScan.scan(file);
		if (scan.problem() != null) {
			problems.add(scan.problem());
			return new Checked(file, scan, Optional.empty(), problems);
		}
		Optional<DeployedModels.Deployed> previous = this.deployed.latest(file, scan);
		if (kind.get() == ModelFile.Kind.BPMN) {
			if (bpmnSchema(file, problems)) {
				engineParse(file, problems);
				houseRules(file, scan, problems);
				dependencies(file, scan, previous, problems);
			}
		}
		else {
			dmn(file, problems);
			dmnExpressions(file, scan, problems);
		}
		return new Checked(file, scan, previous, problems);
	}

	private void checkForm(ModelFile file, List<ModelProblem> problems) {
		try {
			JsonNode form = this.json.readTree(file.bytes());
			if (form == null || !form.isObject() || !form.path("id").isTextual() || !form.path("components").isArray()) {
				problems.add(new ModelProblem(file.name(), null, null, Message.of("model.form.shape")));
			}
		}
		catch (java.io.IOException ex) {
			problems.add(new ModelProblem(file.name(), null, null, Message.of("model.form.json", ex instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : ex.getMessage())));
		}
	}

	private boolean bpmnSchema(ModelFile file, List<ModelProblem> problems) {
		try {
			Bpmn.readModelFromStream(new ByteArrayInputStream(file.bytes()));
			return true;
		}
		catch (ModelException ex) {
			problems.add(schemaProblem(file, ex));
			return false;
		}
	}

	private void dmn(ModelFile file, List<ModelProblem> problems) {
		DmnModelInstance model;
		try {
			model = Dmn.readModelFromStream(new ByteArrayInputStream(file.bytes()));
		}
		catch (ModelException ex) {
			problems.add(schemaProblem(file, ex));
			return;
		}
		try {
			ProcessEngineConfigurationImpl configuration = engineConfiguration();
			configuration.getCommandExecutorTxRequired().execute(commandContext -> configuration.getDmnEngine()
				.parseDecisionRequirementsGraph(model));
		}
		catch (RuntimeException ex) {
			problems.add(new ModelProblem(file.name(), null, null, Message.of("model.engine", ex.getMessage())));
		}
	}

	/**
	 * DMN expressions are FEEL only, without external (Java) functions: a decision table evaluated in
	 * JUEL or a script language would reach the engine's beans and Java's reflection, as a BPMN
	 * expression outside the allowlist would. A language can be set on the definitions (the default of
	 * every expression in the file), an input expression, an input or output entry, or a literal expression.
	 */
	private static void dmnExpressions(ModelFile file, XmlScan.Result scan, List<ModelProblem> problems) {
		for (XmlScan.Element e : scan.elements()) {
			String language = e.attribute("expressionLanguage");
			if (language != null && !FEEL.matcher(language.strip()).matches()) {
				problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.dmn.language", language)));
			}
			if (e.type().equals("text") && EXTERNAL_FUNCTION.matcher(e.text()).find()) {
				problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.dmn.externalFunction")));
			}
		}
	}

	/** "feel", or the FEEL namespace URIs of DMN 1.1 to 1.3 ({@code …/FEEL/…}). */
	private static final Pattern FEEL = Pattern.compile("(?i)feel|https?://www\\.omg\\.org/spec/(DMN/\\d+/)?FEEL/?\\d*/?");

	/** A FEEL function defined as {@code external} calls Java ({@code external {java: {class: …}}}). */
	private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

	/** Camunda's model parser reports schema errors as text: {@code Error: URI=null Line=10: cvc-…}. */
	private static final Pattern SCHEMA_LINE = Pattern.compile("(?s).*?URI=\\S* Line=(\\d+):\\s*(.*)");

	private static ModelProblem schemaProblem(ModelFile file, ModelException ex) {
		Throwable cause = ex;
		while (cause != null && !(cause instanceof SAXParseException)) {
			cause = cause.getCause();
		}
		if (cause instanceof SAXParseException sax) {
			return new ModelProblem(file.name(), null, sax.getLineNumber() > 0 ? sax.getLineNumber() : null,
					Message.of("model.schema", sax.getMessage()));
		}
		String reason = ex.getMessage();
		for (Throwable root = ex.getCause(); root != null; root = root.getCause()) {
			reason = root.getMessage() == null ? reason : root.getMessage();
		}
		Matcher located = SCHEMA_LINE.matcher(String.valueOf(reason));
		if (located.matches()) {
			return new ModelProblem(file.name(), null, Integer.valueOf(located.group(1)),
					Message.of("model.schema", located.group(2).strip()));
		}
		return new ModelProblem(file.name(), null, null, Message.of("model.schema", reason));
	}

	/** The engine's own parser on the file, without deploying it: what a deployment would refuse. */
	private void engineParse(ModelFile file, List<ModelProblem> problems) {
		ProcessEngineConfigurationImpl configuration = engineConfiguration();
		try {
			configuration.getCommandExecutorTxRequired().execute(commandContext -> {
				bpmnParser(configuration).createParse()
					.sourceInputStream(new ByteArrayInputStream(file.bytes()))
					.deployment(new DeploymentEntity())
					.name(file.name())
					.execute();
				return null;
			});
		}
		catch (ParseException ex) {
			for (ResourceReport report : ex.getResorceReports()) {
				for (Problem problem : report.getErrors()) {
					// The house rule below says the same about a missing history time to live, with the element.
					if (!problem.getMessage().contains("History Time To Live")) {
						problems.add(new ModelProblem(file.name(), problem.getMainElementId(),
								problem.getLine() > 0 ? problem.getLine() : null, Message.of("model.engine", problem.getMessage())));
					}
				}
			}
		}
		catch (RuntimeException ex) {
			problems.add(new ModelProblem(file.name(), null, null, Message.of("model.engine", ex.getMessage())));
		}
	}

	/** The engine's BPMN parser, with the engine's parse listeners: the one its deployer uses. */
	private static BpmnParser bpmnParser(ProcessEngineConfigurationImpl configuration) {
		return configuration.getDeployers()
			.stream()
			.filter(BpmnDeployer.class::isInstance)
			.map(d -> ((BpmnDeployer) d).getBpmnParser())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
	}

	private ProcessEngineConfigurationImpl engineConfiguration() {
		return (ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration();
	}

	private void houseRules(ModelFile file, XmlScan.Result scan, List<ModelProblem> problems) {
		ExpressionRules.Beans beans = beans();
		for (XmlScan.Element e : scan.elements()) {
			boolean camunda = CAMUNDA_NS.equals(e.namespace());
			if (e.type().equals("process") && "true".equals(e.attribute("isExecutable"))
					&& blank(e.attribute("camunda:historyTimeToLive"))) {
				problems.add(ModelProblem.of(file.name(), e, Message.of("model.bpmn.historyTimeToLive", e.id())));
			}
			if (e.type().equals("scriptTask")) {
				problems.add(ModelProblem.of(file.name(), e, Message.of("model.bpmn.scriptTask")));
			}
			if (camunda && e.type().equals("script")) {
				problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.script")));
			}
			if (!camunda && (e.type().equals("conditionExpression") || e.type().equals("condition"))
					&& !blank(e.attribute("language"))) {
				problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.scriptCondition", e.attribute("language"))));
			}
			String resource = e.attribute("camunda:resource");
			if (resource != null || camunda && e.type().equals("script") && e.attribute("resource") != null) {
				problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.scriptResource",
						resource != null ? resource : e.attribute("resource"))));
			}
			String javaClass = e.attribute(camunda ? "class" : "camunda:class");
			if (javaClass != null) {
				checkClass(file, e, javaClass, problems);
			}
			String delegate = e.attribute(camunda ? "delegateExpression" : "camunda:delegateExpression");
			if (delegate != null) {
				Matcher lone = LONE_IDENTIFIER.matcher(delegate.strip());
				if (lone.matches() && !beans.isOwn(lone.group(1))) {
					problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.delegateMissing", lone.group(1))));
				}
			}
			String formKey = e.attribute("camunda:formKey");
			if (formKey != null && !ExpressionRules.isExpression(formKey) && !this.formKeys.rendered(formKey)) {
				problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.formKey", formKey)));
			}
			checkPeople(file, e, problems);
			checkExpressions(file, e, beans, problems);
		}
	}

	private void checkClass(ModelFile file, XmlScan.Element e, String javaClass, List<ModelProblem> problems) {
		if (!javaClass.startsWith(OWN_PACKAGE)) {
			problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.classOutside", javaClass)));
			return;
		}
		try {
			Class.forName(javaClass, false, getClass().getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.classMissing", javaClass)));
		}
	}

	private void checkPeople(ModelFile file, XmlScan.Element e, List<ModelProblem> problems) {
		for (String group : literals(e.attribute("camunda:candidateGroups"))) {
			if (Roles.ALL.stream().noneMatch(r -> r.id().equals(group))
					&& this.identityService.createGroupQuery().groupId(group).count() == 0) {
				problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.unknownGroup", group)));
			}
		}
		List<String> users = new ArrayList<>(literals(e.attribute("camunda:candidateUsers")));
		users.addAll(literals(e.attribute("camunda:assignee")));
		for (String user : users) {
			if (this.identityService.createUserQuery().userId(user).count() == 0) {
				problems.add(ModelProblem.of(file.name(), located(e), Message.of("model.bpmn.unknownUser", user)));
			}
		}
	}

	private static List<String> literals(String value) {
		if (value == null || ExpressionRules.isExpression(value)) {
			return List.of();
		}
		return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private void checkExpressions(ModelFile file, XmlScan.Element e, ExpressionRules.Beans beans,
			List<ModelProblem> problems) {
		List<String> texts = new ArrayList<>(e.attributes().values());
		texts.add(e.text());
		for (String text : texts) {
			if (ExpressionRules.isExpression(text)) {
				for (Message message : ExpressionRules.check(text, beans)) {
					problems.add(ModelProblem.of(file.name(), located(e), message));
				}
			}
		}
	}

	/** The element, named by its own id or its nearest ancestor's, at its own line. */
	private static XmlScan.Element located(XmlScan.Element e) {
		XmlScan.Element owner = e.withId();
		return owner == null || owner == e ? e
				: new XmlScan.Element(e.namespace(), e.type(), owner.id(), e.line(), e.attributes(), e.text(), e.parent());
	}

	private ExpressionRules.Beans beans() {
		return new ExpressionRules.Beans() {
			@Override
			public boolean isOwn(String name) {
				return ownBean(name);
			}

			@Override
			public boolean isOther(String name) {
				return ModelValidator.this.context.containsBean(name) && !ownBean(name);
			}
		};
	}

	private boolean ownBean(String name) {
		if (!this.context.containsBean(name)) {
			return false;
		}
		Class<?> type = this.context.getType(name, false);
		return type != null && type.getName().startsWith(OWN_PACKAGE);
	}

	/** The facts of a model the code relies on, per kind of constant. */
	enum Dependency {

		TASK("TASK_"), ERROR("ERROR_"), MESSAGE("MSG_", "MESSAGE_"), VARIABLE("VAR_");

		private final List<String> prefixes;

		Dependency(String... prefixes) {
			this.prefixes = List.of(prefixes);
		}

		static Optional<Dependency> of(String constant) {
			for (Dependency d : values()) {
				if (d.prefixes.stream().anyMatch(constant::startsWith)) {
					return Optional.of(d);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * For each process of the file with a {@link ProcessModel} class: every {@code TASK_*} id,
	 * {@code ERROR_*} code, {@code MSG_*}/{@code MESSAGE_*} name and {@code VAR_*} name found in the
	 * version in use (the latest deployed, else the packaged file) must still be in the new file.
	 */
	private void dependencies(ModelFile file, XmlScan.Result scan, Optional<DeployedModels.Deployed> previous,
			List<ModelProblem> problems) {
		Map<String, ProcessModel> models = this.context.getBeansOfType(ProcessModel.class)
			.values()
			.stream()
			.collect(Collectors.toMap(ProcessModel::key, Function.identity(), (a, b) -> a));
		Optional<XmlScan.Result> before = previous.map(p -> XmlScan.scan(new ModelFile(p.resourceName(), p.bytes())))
			.or(() -> packaged(file.simpleName()));
		if (before.isEmpty() || before.get().problem() != null) {
			return;
		}
		Map<Dependency, Set<String>> old = facts(before.get());
		Map<Dependency, Set<String>> now = facts(scan);
		for (XmlScan.Element process : scan.elements().stream().filter(e -> e.type().equals("process")).toList()) {
			ProcessModel model = models.get(process.id());
			if (model == null) {
				continue;
			}
			Class<?> type = AopUtils.getTargetClass(model);
			for (Field field : type.getFields()) {
				Optional<Dependency> dependency = Dependency.of(field.getName());
				if (dependency.isEmpty() || field.getType() != String.class || !Modifier.isStatic(field.getModifiers())) {
					continue;
				}
				String value = constant(field);
				if (value != null && old.get(dependency.get()).contains(value) && !now.get(dependency.get()).contains(value)) {
					problems.add(ModelProblem.of(file.name(), process, Message.of("model.code.missing",
							type.getSimpleName() + "." + field.getName(), value)));
				}
			}
		}
	}

	private static Optional<XmlScan.Result> packaged(String simpleName) {
		return PackagedModels.files().stream().filter(f -> f.simpleName().equals(simpleName)).findFirst().map(XmlScan::scan);
	}

	private static String constant(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			return null;
		}
	}

	static Map<Dependency, Set<String>> facts(XmlScan.Result scan) {
		Set<String> ids = new LinkedHashSet<>();
		Set<String> errors = new LinkedHashSet<>();
		Set<String> messages = new LinkedHashSet<>();
		Set<String> words = new LinkedHashSet<>();
		for (XmlScan.Element e : scan.elements()) {
			if (e.id() != null) {
				ids.add(e.id());
			}
			if (e.type().equals("error") && e.attribute("errorCode") != null) {
				errors.add(e.attribute("errorCode"));
			}
			if ((e.type().equals("message") || e.type().equals("signal")) && e.attribute("name") != null) {
				messages.add(e.attribute("name"));
			}
			List<String> texts = new ArrayList<>(e.attributes().values());
			texts.add(e.text());
			for (String text : texts) {
				Matcher m = WORD.matcher(text);
				while (m.find()) {
					words.add(m.group());
				}
			}
		}
		return Map.of(Dependency.TASK, ids, Dependency.ERROR, errors, Dependency.MESSAGE, messages, Dependency.VARIABLE,
				words);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
