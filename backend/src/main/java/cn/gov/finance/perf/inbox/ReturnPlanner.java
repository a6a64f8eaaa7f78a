package cn.gov.finance.perf.inbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * 退回 with Camunda's process instance modification, for any process: which steps a task may be
 * sent back to, what that ends and what it reopens, and doing it.
 *
 * <p>
 * A task may go back to any user task of its process instance that has been completed and from
 * which the task can be reached in the model — in a parallel branch, or inside a multi-instance
 * body ({@code <id>#multiInstanceBody}, restarted whole). Returning to step X ends every token that
 * lies downstream of X (X's work is redone, so is everything after it), keeps the tokens of other
 * parallel branches, and where the task lies behind a join that X's branch feeds, puts the tokens of
 * the other (finished) branches back at the join so it fires again when X's branch arrives.
 * New tokens are started before the old ones are cancelled, so the instance never runs empty.
 */
public class ReturnPlanner {

	static final String MI_BODY = "#multiInstanceBody";

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	public ReturnPlanner(ProcessEngine engine) {
		this.repositoryService = engine.getRepositoryService();
		this.runtimeService = engine.getRuntimeService();
		this.historyService = engine.getHistoryService();
	}

	/** A step a task may go back to. */
	public record Target(String activityId, String name, boolean multiInstance) {
	}

	/** A token the return ends. */
	public record Cancelled(String instanceId, String activityId, String activityName, boolean transition) {
	}

	/** What a return does: where it starts again, what it ends, the tokens it puts back at joins. */
	public record Plan(String processInstanceId, Target target, String startBefore, List<Cancelled> cancelled,
			Map<String, Integer> joinTokens) {
	}

	/** The completed user tasks of the instance from which {@code fromActivityId} can be reached. */
	public List<Target> targets(String processInstanceId, String processDefinitionId, String fromActivityId) {
		Graph graph = graph(processDefinitionId);
		Map<String, HistoricActivityInstance> firstDone = new LinkedHashMap<>();
		this.historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.activityType("userTask")
			.finished()
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()
			.stream()
			.filter(done -> !done.isCanceled())
			.forEach(done -> firstDone.putIfAbsent(done.getActivityId(), done));
		List<Target> targets = new ArrayList<>();
		for (String activityId : firstDone.keySet()) {
			if (!activityId.equals(fromActivityId) && graph.nodes.containsKey(activityId)
					&& graph.reachable(activityId).contains(fromActivityId)) {
				targets.add(graph.target(activityId));
			}
		}
		return targets;
	}

	public Plan plan(String processInstanceId, String processDefinitionId, String fromActivityId, String toActivityId) {
		Graph graph = graph(processDefinitionId);
		if (targets(processInstanceId, processDefinitionId, fromActivityId).stream()
			.noneMatch(t -> t.activityId().equals(toActivityId))) {
			throw new IllegalArgumentException(toActivityId + " is not a step " + fromActivityId + " can go back to");
		}
		Set<String> downstream = graph.reachable(toActivityId);
		downstream.add(toActivityId);
		List<Cancelled> cancelled = new ArrayList<>();
		Map<String, Integer> keptAtJoin = new LinkedHashMap<>();
		ActivityInstance tree = this.runtimeService.getActivityInstance(processInstanceId);
		for (ActivityInstance child : tree.getChildActivityInstances()) {
			String node = strip(child.getActivityId());
			if (!downstream.contains(node)) {
				continue;
			}
			if (graph.isJoin(node) && !graph.allIncomingReachable(node, downstream)) {
				// A token of another branch waiting here: that branch is not redone.
				keptAtJoin.merge(node, 1, Integer::sum);
				continue;
			}
			cancelled.add(new Cancelled(child.getId(), child.getActivityId(), graph.name(node), false));
		}
		for (TransitionInstance transition : tree.getChildTransitionInstances()) {
			if (downstream.contains(strip(transition.getActivityId()))) {
				cancelled.add(new Cancelled(transition.getId(), transition.getActivityId(),
						graph.name(strip(transition.getActivityId())), true));
			}
		}
		Map<String, Integer> joinTokens = new LinkedHashMap<>();
		for (String join : graph.joins()) {
			boolean between = downstream.contains(join) && graph.reachable(join).contains(fromActivityId);
			if (between && !keptAtJoin.containsKey(join)) {
				int missing = graph.incoming(join) - graph.incomingReachable(join, downstream);
				if (missing > 0) {
					joinTokens.put(join, missing);
				}
			}
		}
		Target target = graph.target(toActivityId);
		return new Plan(processInstanceId, target,
				target.multiInstance() ? toActivityId + MI_BODY : toActivityId, cancelled, joinTokens);
	}

	public void execute(Plan plan, String annotation) {
		ProcessInstanceModificationBuilder modification = this.runtimeService
			.createProcessInstanceModification(plan.processInstanceId())
			.startBeforeActivity(plan.startBefore());
		plan.joinTokens().forEach((join, count) -> {
			for (int i = 0; i < count; i++) {
				modification.startBeforeActivity(join);
			}
		});
		for (Cancelled c : plan.cancelled()) {
			if (c.transition()) {
				modification.cancelTransitionInstance(c.instanceId());
			}
			else {
				modification.cancelActivityInstance(c.instanceId());
			}
		}
		modification.setAnnotation(annotation).execute();
	}

	private static String strip(String activityId) {
		return activityId.endsWith(MI_BODY) ? activityId.substring(0, activityId.length() - MI_BODY.length()) : activityId;
	}

	private Graph graph(String processDefinitionId) {
		return new Graph(this.repositoryService.getBpmnModelInstance(processDefinitionId));
	}

	/** The flow of one process model: successors (with attached boundary events), joins, names. */
	private static final class Graph {

		private final Map<String, FlowNode> nodes = new LinkedHashMap<>();

		private final Map<String, List<String>> successors = new LinkedHashMap<>();

		Graph(BpmnModelInstance model) {
			for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
				this.nodes.put(node.getId(), node);
				List<String> next = new ArrayList<>();
				for (SequenceFlow flow : node.getOutgoing()) {
					next.add(flow.getTarget().getId());
				}
				this.successors.put(node.getId(), next);
			}
			for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
				this.successors.computeIfAbsent(boundary.getAttachedTo().getId(), id -> new ArrayList<>()).add(boundary.getId());
			}
		}

		Set<String> reachable(String from) {
			Set<String> seen = new HashSet<>();
			Deque<String> todo = new ArrayDeque<>(this.successors.getOrDefault(from, List.of()));
			while (!todo.isEmpty()) {
				String node = todo.pop();
				if (seen.add(node)) {
					todo.addAll(this.successors.getOrDefault(node, List.of()));
				}
			}
			return seen;
		}

		boolean isJoin(String node) {
			return this.nodes.get(node) instanceof ParallelGateway gateway && gateway.getIncoming().size() > 1;
		}

		List<String> joins() {
			return this.nodes.keySet().stream().filter(this::isJoin).sorted(Comparator.naturalOrder()).toList();
		}

		int incoming(String node) {
			return this.nodes.get(node).getIncoming().size();
		}

		/** How many of the node's incoming flows come from the given (downstream) nodes. */
		int incomingReachable(String node, Set<String> downstream) {
			return (int) this.nodes.get(node)
				.getIncoming()
				.stream()
				.filter(flow -> downstream.contains(flow.getSource().getId()))
				.count();
		}

		boolean allIncomingReachable(String node, Set<String> downstream) {
			return incomingReachable(node, downstream) == incoming(node);
		}

		String name(String node) {
			FlowNode flowNode = this.nodes.get(node);
			return flowNode == null || flowNode.getName() == null ? node : flowNode.getName();
		}

		Target target(String node) {
			FlowNode flowNode = this.nodes.get(node);
			boolean multi = flowNode instanceof Activity activity
					&& activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
			return new Target(node, name(node), multi && flowNode instanceof UserTask);
		}

	}

}
