package cn.gov.finance.perf.inbox;

import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.item.ItemAccess;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An item's story for its page: the timeline of all its tasks, its processes and their diagrams. */
@RestController
@RequestMapping("/api/items/{code}")
class ItemTimelineController {

	private final ItemTimeline timeline;

	private final ItemAccess access;

	ItemTimelineController(ItemTimeline timeline, ItemAccess access) {
		this.timeline = timeline;
		this.access = access;
	}

	@Operation(summary = "Every task of every process of the item, oldest first: who did it, on whose behalf, when, "
			+ "decision and opinion, transfers, returns, comments, attachments, urges; open ones with their holder")
	@GetMapping("/timeline")
	ItemTimeline.ItemTimelineView timeline(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		this.access.requireVisible(code, user);
		return this.timeline.timeline(code, user);
	}

	@Operation(summary = "The item's process instances, oldest first, with the steps each passed and waits at (BPMN element ids)")
	@GetMapping("/processes")
	List<ItemTimeline.ItemProcessTrail> processes(@AuthenticationPrincipal AppUser user, @PathVariable String code) {
		this.access.requireVisible(code, user);
		return this.timeline.processes(code, user);
	}

	@Operation(summary = "The BPMN XML of the process definition one of the item's process instances runs (for its diagram)")
	@GetMapping("/processes/{processInstanceId}/model")
	ItemTimeline.ItemProcessXml model(@AuthenticationPrincipal AppUser user, @PathVariable String code,
			@PathVariable @Size(max = 64) String processInstanceId) {
		this.access.requireVisible(code, user);
		return this.timeline.xml(code, processInstanceId, user);
	}

}
