package cn.gov.finance.perf.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes notifications to the pages that are open, by server-sent events. Every node reads what is
 * new in the {@code notification} table every two seconds for the users connected to it, so a
 * notification written on any node reaches the user on whichever node their page is connected to.
 */
@Component
class NotificationHub {

	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(20);

	private static final Logger log = LoggerFactory.getLogger(NotificationHub.class);

	private final Notifications notifications;

	private final Map<String, List<SseEmitter>> emitters = new ConcurrentHashMap<>();

	private final AtomicLong lastSent = new AtomicLong(-1);

	NotificationHub(Notifications notifications) {
		this.notifications = notifications;
	}

	SseEmitter connect(String user) {
		if (this.lastSent.get() < 0) {
			this.lastSent.compareAndSet(-1, this.notifications.lastId());
		}
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		List<SseEmitter> mine = this.emitters.computeIfAbsent(user, u -> new CopyOnWriteArrayList<>());
		mine.add(emitter);
		Runnable remove = () -> mine.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(e -> remove.run());
		send(emitter, SseEmitter.event().name("hello").data(Map.of("unread", this.notifications.unread(user)),
				MediaType.APPLICATION_JSON));
		return emitter;
	}

	@Scheduled(fixedDelayString = "${app.notifications.push-interval:2000}")
	void push() {
		Set<String> users = this.emitters.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.collect(java.util.stream.Collectors.toSet());
		if (users.isEmpty() || this.lastSent.get() < 0) {
			return;
		}
		try {
			for (Notifications.NotificationView n : this.notifications.since(this.lastSent.get(), users)) {
				for (SseEmitter emitter : this.emitters.getOrDefault(n.userId(), List.of())) {
					send(emitter, SseEmitter.event().id(String.valueOf(n.id())).name("notification").data(n,
							MediaType.APPLICATION_JSON));
				}
				this.lastSent.accumulateAndGet(n.id(), Math::max);
			}
		}
		catch (RuntimeException ex) {
			log.debug("Notification push skipped: {}", ex.getMessage());
		}
	}

	/** A comment line now and then keeps proxies from closing an idle stream. */
	@Scheduled(fixedDelay = 25_000)
	void heartbeat() {
		this.emitters.values().forEach(list -> list.forEach(e -> send(e, SseEmitter.event().comment("keep-alive"))));
	}

	private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			emitter.completeWithError(ex);
		}
	}

}
