package cn.gov.finance.perf.inbox;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.DomainException;
import io.swagger.v3.oas.annotations.Operation;

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

	InboxAdminController(InboxReconciler reconciler) {
		this.reconciler = reconciler;
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
		return this.reconciler.reconcile();
	}

	private static void requireAdmin(AppUser user) {
		if (!user.hasRole(Roles.ADMIN)) {
			throw DomainException.forbidden("inbox.adminOnly");
		}
	}

}
