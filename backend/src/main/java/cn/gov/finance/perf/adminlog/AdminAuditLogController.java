package cn.gov.finance.perf.adminlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.PageView;
import cn.gov.finance.perf.system.SafeText;
import cn.gov.finance.perf.system.Xlsx;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administration audit log for administrators: search (newest first, paged) and export. */
@RestController
@RequestMapping("/api/admin/audit-log")
class AdminAuditLogController {

	/** The most rows one export writes; narrow the filter for more. */
	static final int EXPORT_LIMIT = 50_000;

	private final AdminAuditLog log;

	private final AppClock clock;

	AdminAuditLogController(AdminAuditLog log, AppClock clock) {
		this.log = log;
		this.clock = clock;
	}

	@Operation(summary = "The administration audit log, newest first (administrators); from/to are days in app.time-zone, to inclusive")
	@GetMapping
	PageView<AdminAuditEntryView> list(@AuthenticationPrincipal AppUser user,
			@RequestParam(required = false) @SafeText @Size(max = 64) String actor,
			@RequestParam(required = false) @SafeText @Size(max = 64) String action,
			@RequestParam(required = false) @SafeText @Size(max = 200) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @SafeText @Size(max = 100) String text,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		requireAdmin(user);
		AdminAuditLog.Filter filter = filter(actor, action, target, from, to, text);
		long total = this.log.count(filter);
		if (page > 0 && (long) page * size >= total) {
			throw DomainException.invalid("page", "adminLog.beyondLast");
		}
		return new PageView<>(this.log.search(filter, page, size).stream().map(AdminAuditEntryView::of).toList(), total,
				page, size);
	}

	@Operation(summary = "The administration audit log as an xlsx workbook, same filters, newest first (at most 50,000 rows)")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
			schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/export")
	void export(@AuthenticationPrincipal AppUser user,
			@RequestParam(required = false) @SafeText @Size(max = 64) String actor,
			@RequestParam(required = false) @SafeText @Size(max = 64) String action,
			@RequestParam(required = false) @SafeText @Size(max = 200) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @SafeText @Size(max = 100) String text, HttpServletResponse response) {
		requireAdmin(user);
		AdminAuditLog.Filter filter = filter(actor, action, target, from, to, text);
		Xlsx.send(response, "admin-audit-log.xlsx", this.clock.zone(), xlsx -> {
			xlsx.sheet("管理操作日志", List.of(new Xlsx.Column("时间", 17), new Xlsx.Column("操作人", 14),
					new Xlsx.Column("来源地址", 16), new Xlsx.Column("操作", 22), new Xlsx.Column("对象", 24),
					new Xlsx.Column("摘要", 50), new Xlsx.Column("详情", 80)));
			this.log.each(filter, EXPORT_LIMIT, e -> xlsx.row(e.occurredAt(), e.actor(), e.remoteAddress(), e.action(),
					e.target(), e.summary(), e.details()));
		});
	}

	private AdminAuditLog.Filter filter(String actor, String action, String target, LocalDate from, LocalDate to,
			String text) {
		return new AdminAuditLog.Filter(actor, action, target, from == null ? null : this.clock.startOf(from),
				to == null ? null : this.clock.startOf(to.plusDays(1)), text);
	}

	private static void requireAdmin(AppUser user) {
		if (!user.hasRole(Roles.ADMIN)) {
			throw DomainException.forbidden("adminLog.adminsOnly");
		}
	}

	/** One entry: {@code details} is the JSON text the action published (old and new values, counts…). */
	record AdminAuditEntryView(long id, Instant occurredAt, String actor, @Nullable String remoteAddress, String action,
			@Nullable String target, String summary, @Nullable String details) {

		static AdminAuditEntryView of(AdminAuditLog.Entry e) {
			return new AdminAuditEntryView(e.id(), e.occurredAt(), e.actor(), e.remoteAddress(), e.action(), e.target(),
					e.summary(), e.details());
		}
	}

}
