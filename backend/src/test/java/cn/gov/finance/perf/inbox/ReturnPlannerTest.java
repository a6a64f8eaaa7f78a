package cn.gov.finance.perf.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ReturnPlanner} on the shapes the chain's processes have: a line, a parallel split and join
 * (returning into one branch must not make the join wait for the other branch again, and must not
 * redo it), a branch still waiting at the join, and a multi-instance body restarted whole.
 */
class ReturnPlannerTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private RuntimeService runtime;

	private TaskService tasks;

	private ReturnPlanner planner;

	@BeforeEach
	void setUp() {
		this.runtime = engine.getRuntimeService();
		this.tasks = engine.getTaskService();
		this.planner = new ReturnPlanner(engine.getProcessEngine());
	}

	private ProcessInstance start(BpmnModelInstance model, Map<String, Object> variables) {
		String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
			.iterator()
			.next()
			.getId();
		engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
		return this.runtime.startProcessInstanceByKey(key, variables);
	}

	private List<String> open(ProcessInstance instance) {
		return this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.sorted()
			.toList();
	}

	private void complete(ProcessInstance instance, String key) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(key)
			.list()
			.get(0);
		this.tasks.complete(task.getId());
	}

	private List<String> targets(ProcessInstance instance, String from) {
		return this.planner.targets(instance.getId(), instance.getProcessDefinitionId(), from)
			.stream()
			.map(ReturnPlanner.Target::activityId)
			.toList();
	}

	private ReturnPlanner.Plan sendBack(ProcessInstance instance, String from, String to) {
		ReturnPlanner.Plan plan = this.planner.plan(instance.getId(), instance.getProcessDefinitionId(), from, to);
		this.planner.execute(plan, "退回：测试");
		return plan;
	}

	private boolean ended(ProcessInstance instance) {
		return this.runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
	}

	@Test
	void aLineGoesBackToAnyStepItPassedAndRedoesWhatFollows() {
		ProcessInstance line = start(Bpmn.createExecutableProcess("Line")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("A").name("填报")
			.userTask("B").name("初审")
			.userTask("C").name("复核")
			.endEvent()
			.done(), Map.of());
		assertThat(targets(line, "A")).isEmpty();
		complete(line, "A");
		complete(line, "B");
		assertThat(targets(line, "C")).containsExactly("A", "B");

		ReturnPlanner.Plan plan = sendBack(line, "C", "A");
		assertThat(plan.cancelled()).extracting(ReturnPlanner.Cancelled::activityId).containsExactly("C");
		assertThat(plan.joinTokens()).isEmpty();
		assertThat(open(line)).containsExactly("A");
		complete(line, "A");
		assertThat(open(line)).containsExactly("B");
	}

	@Test
	void aStepThatIsNotUpstreamOrNotDoneIsNoTarget() {
		ProcessInstance split = start(parallel("NotUpstream"), Map.of());
		complete(split, "A");
		complete(split, "B1");
		// B2 is still open: B1 is done but B2 does not follow from it, A does.
		assertThat(targets(split, "B2")).containsExactly("A");
		assertThatThrownBy(() -> this.planner.plan(split.getId(), split.getProcessDefinitionId(), "B2", "B1"))
			.isInstanceOf(IllegalArgumentException.class);
		// C is not done at all.
		assertThatThrownBy(() -> this.planner.plan(split.getId(), split.getProcessDefinitionId(), "B2", "C"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(open(split)).containsExactly("B2");
	}

	/** A → fork → (B1 | B2) → join → C → end. */
	private static BpmnModelInstance parallel(String key) {
		return Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("A").name("填报")
			.parallelGateway("fork")
			.userTask("B1").name("业务科室审核")
			.parallelGateway("join")
			.userTask("C").name("绩效科复核")
			.endEvent()
			.moveToNode("fork")
			.userTask("B2").name("预算科审核")
			.connectTo("join")
			.done();
	}

	@Test
	void returningBehindAJoinIntoOneBranchPutsTheOtherBranchBackAtTheJoin() {
		ProcessInstance split = start(parallel("JoinBack"), Map.of());
		complete(split, "A");
		complete(split, "B1");
		complete(split, "B2");
		assertThat(open(split)).containsExactly("C");
		assertThat(targets(split, "C")).containsExactlyInAnyOrder("A", "B1", "B2");

		ReturnPlanner.Plan plan = sendBack(split, "C", "B1");
		assertThat(plan.joinTokens()).containsExactly(Map.entry("join", 1));
		// Only B1 is redone; B2's finished work stands at the join.
		assertThat(open(split)).containsExactly("B1");
		complete(split, "B1");
		assertThat(open(split)).containsExactly("C");
		complete(split, "C");
		assertThat(ended(split)).isTrue();
	}

	@Test
	void returningBeforeTheForkEndsBothBranchesAndTheirWaitingTokens() {
		ProcessInstance split = start(parallel("BeforeFork"), Map.of());
		complete(split, "A");
		complete(split, "B1");
		// B1's token waits at the join, B2 is open; B2 goes back to A.
		ReturnPlanner.Plan plan = sendBack(split, "B2", "A");
		assertThat(plan.cancelled()).extracting(ReturnPlanner.Cancelled::activityId).containsExactlyInAnyOrder("B2", "join");
		assertThat(open(split)).containsExactly("A");
		complete(split, "A");
		assertThat(open(split)).containsExactly("B1", "B2");
		complete(split, "B1");
		complete(split, "B2");
		assertThat(open(split)).containsExactly("C");
	}

	@Test
	void returningWithinABranchKeepsTheOtherBranchWaitingAtTheJoin() {
		ProcessInstance split = start(Bpmn.createExecutableProcess("Waiting")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("A")
			.parallelGateway("fork")
			.userTask("B1")
			.userTask("D1").name("科室负责人审批")
			.parallelGateway("join")
			.userTask("C")
			.endEvent()
			.moveToNode("fork")
			.userTask("B2")
			.connectTo("join")
			.done(), Map.of());
		complete(split, "A");
		complete(split, "B2");
		complete(split, "B1");
		assertThat(open(split)).containsExactly("D1");
		assertThat(targets(split, "D1")).containsExactlyInAnyOrder("A", "B1");

		ReturnPlanner.Plan plan = sendBack(split, "D1", "B1");
		assertThat(plan.cancelled()).extracting(ReturnPlanner.Cancelled::activityId).containsExactly("D1");
		assertThat(plan.joinTokens()).isEmpty();
		assertThat(open(split)).containsExactly("B1");
		complete(split, "B1");
		complete(split, "D1");
		// B2's token was kept: the join fires without B2 being done again.
		assertThat(open(split)).containsExactly("C");
	}

	@Test
	void aMultiInstanceStepIsRestartedWhole() {
		ProcessInstance panel = start(Bpmn.createExecutableProcess("Panel")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("A")
			.userTask("Score").name("专家评分")
			.multiInstance()
			.parallel()
			.camundaCollection("experts")
			.camundaElementVariable("expert")
			.multiInstanceDone()
			.userTask("C")
			.endEvent()
			.done(), Map.of("experts", List.of("e1", "e2", "e3")));
		complete(panel, "A");
		complete(panel, "Score");
		complete(panel, "Score");
		complete(panel, "Score");
		assertThat(open(panel)).containsExactly("C");
		List<ReturnPlanner.Target> targets = this.planner.targets(panel.getId(), panel.getProcessDefinitionId(), "C");
		assertThat(targets).extracting(ReturnPlanner.Target::activityId).containsExactly("A", "Score");
		assertThat(targets.get(1).multiInstance()).isTrue();

		ReturnPlanner.Plan plan = sendBack(panel, "C", "Score");
		assertThat(plan.startBefore()).isEqualTo("Score" + ReturnPlanner.MI_BODY);
		assertThat(open(panel)).containsExactly("Score", "Score", "Score");
		complete(panel, "Score");
		complete(panel, "Score");
		// From inside the body, the steps before it are targets; returning there ends the remaining instance.
		assertThat(targets(panel, "Score")).containsExactly("A");
		sendBack(panel, "Score", "A");
		assertThat(open(panel)).containsExactly("A");
		complete(panel, "A");
		assertThat(open(panel)).containsExactly("Score", "Score", "Score");
	}

}
