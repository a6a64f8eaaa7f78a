package cn.gov.finance.perf.inbox;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.admin.AdminAuditEvent;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators check the inbox read model against the engine and repair it. */
@RestController
@RequestMapping("/api/admin/inbox")
class InboxAdminController {

	private final InboxReconciler reconciler;

	private final ApplicationEventPublisher events;

	InboxAdminController(InboxReconciler reconciler, ApplicationEventPublisher events) {
		this.reconciler = reconciler;
		this.events = events;
	}

	@Operation(summary = "Differences between the inbox read model and the engine's open tasks")
	@GetMapping("/consistency")
	InboxReconciler.InboxConsistency check(@AuthenticationPrincipal AppUser user) {
		requireAdmin(user);
		return this.reconciler.differences();
	}

	@Operation(summary = "Rewrite every inbox row that differs from the engine; returns what was repaired")
	@PostMapping("/reconcile")
	InboxReconciler.InboxConsistency reconcile(@AuthenticationPrincipal AppUser user) {
		requireAdmin(user);
		InboxReconciler.InboxConsistency repaired = this.reconciler.reconcile();
		this.events.publishEvent(new AdminAuditEvent("inbox.reconciled", "inbox", "重建待办读模型",
				java.util.Map.of("missing", String.valueOf(repaired.missing()), "stale",
						String.valueOf(repaired.stale()), "changed", String.valueOf(repaired.changed()))));
		return repaired;
	}

	private static void requireAdmin(AppUser user) {
		if (!user.hasRole(Roles.ADMIN)) {
			throw DomainException.forbidden("inbox.adminOnly");
		}
	}

}
