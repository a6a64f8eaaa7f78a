package cn.gov.finance.perf.notification;

import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The user's notifications: list, unread count, read, and a stream of new ones (server-sent events). */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private final Notifications notifications;

	private final NotificationHub hub;

	NotificationController(Notifications notifications, NotificationHub hub) {
		this.notifications = notifications;
		this.hub = hub;
	}

	@Operation(summary = "My notifications, newest first")
	@GetMapping
	List<Notifications.NotificationView> list(@AuthenticationPrincipal AppUser user,
			@RequestParam(defaultValue = "false") boolean unreadOnly, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.notifications.of(user.id(), unreadOnly, page, size);
	}

	@Operation(summary = "How many of my notifications are unread")
	@GetMapping("/unread-count")
	UnreadCount unread(@AuthenticationPrincipal AppUser user) {
		return new UnreadCount(this.notifications.unread(user.id()));
	}

	@Operation(summary = "Mark one notification read")
	@PostMapping("/{id}/read")
	UnreadCount read(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
		this.notifications.read(user.id(), id);
		return new UnreadCount(this.notifications.unread(user.id()));
	}

	@Operation(summary = "Mark all my notifications read")
	@PostMapping("/read-all")
	UnreadCount readAll(@AuthenticationPrincipal AppUser user) {
		this.notifications.readAll(user.id());
		return new UnreadCount(0);
	}

	@Operation(summary = "New notifications as they come (text/event-stream: events 'hello' and 'notification')")
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@AuthenticationPrincipal AppUser user) {
		return this.hub.connect(user.id());
	}

	record UnreadCount(long unread) {
	}

}
