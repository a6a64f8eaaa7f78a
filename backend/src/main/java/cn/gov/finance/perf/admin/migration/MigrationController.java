package cn.gov.finance.perf.admin.migration;

import java.util.List;

import cn.gov.finance.perf.admin.migration.MigrationPlanner.MigratableProcess;
import cn.gov.finance.perf.admin.migration.MigrationPlanner.MigrationPreview;
import cn.gov.finance.perf.admin.migration.Migrations.MigrationRequest;
import cn.gov.finance.perf.admin.migration.Migrations.MigrationRunSummary;
import cn.gov.finance.perf.admin.migration.Migrations.MigrationRunView;
import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.DomainException;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators move running items to a newer version of their process. */
@RestController
@RequestMapping("/api/admin/migrations")
class MigrationController {

	private final MigrationPlanner planner;

	private final Migrations migrations;

	MigrationController(MigrationPlanner planner, Migrations migrations) {
		this.planner = planner;
		this.migrations = migrations;
	}

	@Operation(summary = "Processes with running instances on versions older than their latest")
	@GetMapping("/processes")
	List<MigratableProcess> processes(@AuthenticationPrincipal AppUser user) {
		requireAdmin(user);
		return this.planner.processes();
	}

	@Operation(summary = "The migration plan from one version to a newer one (default the latest) and its instances")
	@GetMapping("/preview")
	MigrationPreview preview(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String source,
			@RequestParam(required = false) String target) {
		requireAdmin(user);
		return this.planner.preview(source, target);
	}

	@Operation(summary = "Migrates the selected instances as a batch; those that cannot move are skipped and said so")
	@PostMapping("/runs")
	@ResponseStatus(HttpStatus.CREATED)
	MigrationRunView start(@AuthenticationPrincipal AppUser user, @RequestBody MigrationRequest request) {
		requireAdmin(user);
		return this.migrations.start(user.getName(), request);
	}

	@Operation(summary = "The latest migration runs")
	@GetMapping("/runs")
	List<MigrationRunSummary> runs(@AuthenticationPrincipal AppUser user, @RequestParam(defaultValue = "20") int size) {
		requireAdmin(user);
		return this.migrations.recent(size);
	}

	@Operation(summary = "A migration run's progress and each item's outcome")
	@GetMapping("/runs/{batchId}")
	MigrationRunView run(@AuthenticationPrincipal AppUser user, @PathVariable String batchId) {
		requireAdmin(user);
		return this.migrations.status(batchId);
	}

	private static void requireAdmin(AppUser user) {
		if (!user.hasRole(Roles.ADMIN)) {
			throw DomainException.forbidden("migration.adminOnly");
		}
	}

}
