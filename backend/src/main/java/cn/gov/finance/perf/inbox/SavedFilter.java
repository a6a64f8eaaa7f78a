package cn.gov.finance.perf.inbox;

import java.time.Instant;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's named inbox view: the query string of the inbox URL, in the order the user put them. */
@Entity
@Table(name = "inbox_filter")
class SavedFilter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String userId;

	private String name;

	private String query;

	private int position;

	private Instant createdAt;

	@Version
	private long version;

	protected SavedFilter() {
	}

	SavedFilter(String userId, String name, String query, int position) {
		this.userId = userId;
		this.name = name;
		this.query = query;
		this.position = position;
		this.createdAt = AppClock.instant();
	}

	void change(String name, String query) {
		this.name = name;
		this.query = query;
	}

	void moveTo(int position) {
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	String getUserId() {
		return this.userId;
	}

	String getName() {
		return this.name;
	}

	String getQuery() {
		return this.query;
	}

	int getPosition() {
		return this.position;
	}

}
