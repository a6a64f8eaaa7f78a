package cn.gov.finance.perf.identity;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.identity.SecurityEventLog.Channel;
import cn.gov.finance.perf.identity.SecurityEventLog.Outcome;
import cn.gov.finance.perf.identity.SecurityEventLog.Type;
import cn.gov.finance.perf.system.AppClock;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.PageView;
import cn.gov.finance.perf.system.SafeText;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The security event log for the audit office and administrators, and unlocking accounts. */
@RestController
@RequestMapping("/api")
class SecurityEventController {

	private final SecurityEventLog events;

	private final LoginThrottle throttle;

	private final IdentityService identityService;

	private final AppClock clock;

	private final ApplicationEventPublisher publisher;

	SecurityEventController(SecurityEventLog events, LoginThrottle throttle, IdentityService identityService,
			AppClock clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.events = events;
		this.throttle = throttle;
		this.identityService = identityService;
		this.clock = clock;
	}

	@Operation(summary = "The security event log, newest first (audit office and administrators); read-only")
	@GetMapping("/security-events")
	PageView<SecurityEventView> list(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) Type type,
			@RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) @SafeText @Size(max = 128) String principal,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		if (!user.hasAnyRole(Roles.AUDIT, Roles.ADMIN)) {
			throw DomainException.forbidden("securityLog.readersOnly");
		}
		SecurityEventLog.Filter filter = new SecurityEventLog.Filter(type, outcome, principal,
				from == null ? null : this.clock.startOf(from), to == null ? null : this.clock.startOf(to.plusDays(1)));
		long total = this.events.count(filter);
		if (page > 0 && (long) page * size >= total) {
			throw DomainException.invalid("page", "page.beyondLast");
		}
		return new PageView<>(this.events.search(filter, page, size).stream().map(SecurityEventView::of).toList(), total,
				page, size);
	}

	@Operation(summary = "Lift the lock of an account after too many failed logins (administrators)")
	@PostMapping("/admin/users/{id}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlock(@AuthenticationPrincipal AppUser user, @PathVariable @Size(max = 64) String id,
			jakarta.servlet.http.HttpServletRequest request) {
		if (!user.hasRole(Roles.ADMIN)) {
			throw DomainException.forbidden("account.unlockAdminsOnly");
		}
		if (this.identityService.createUserQuery().userId(id).count() == 0) {
			throw DomainException.notFound("User", id);
		}
		this.throttle.unlock(id);
		this.identityService.unlockUser(id);
		this.events.record(Type.UNLOCKED, Outcome.SUCCESS, user.id(), request.getRemoteAddr(), Channel.APP,
				"unlocked account " + id);
		this.publisher.publishEvent(new AdminAuditEvent("user.unlocked", id, "解锁账户 " + id, java.util.Map.of()));
	}

	record SecurityEventView(long id, Instant occurredAt, Type type, Outcome outcome, @Nullable String principal,
			@Nullable String clientAddress, Channel channel, @Nullable String detail) {

		static SecurityEventView of(SecurityEventLog.Event e) {
			return new SecurityEventView(e.id(), e.occurredAt(), e.type(), e.outcome(), e.principal(), e.clientAddress(),
					e.channel(), e.detail());
		}
	}

}
