package cn.gov.finance.perf.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import cn.gov.finance.perf.system.AppClock;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Appends a link to the decision chain whenever the application writes a decision row (insert or
 * update), in the same transaction and on the same connection: the row as the database now holds
 * it, hashed with the previous link of its subject. The previous link is read with a lock, so two
 * decisions on one subject take turns; no code path can write a decision without its link.
 */
@Component
class DecisionChainListener implements PostInsertEventListener, PostUpdateEventListener {

	private final EntityManagerFactory entityManagerFactory;

	private final String algorithm;

	DecisionChainListener(EntityManagerFactory entityManagerFactory,
			@Value("${app.decision-chain.algorithm:SM3}") String algorithm) {
		this.entityManagerFactory = entityManagerFactory;
		this.algorithm = Canonical.SM3.equalsIgnoreCase(algorithm) ? Canonical.SM3 : Canonical.SHA_256;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) this);
		registry.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		DecisionSource.ofEntity(event.getPersister().getEntityName())
			.ifPresent(source -> event.getSession().doWork(connection -> append(connection, source, (Long) event.getId())));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		DecisionSource.ofEntity(event.getPersister().getEntityName())
			.ifPresent(source -> event.getSession().doWork(connection -> append(connection, source, (Long) event.getId())));
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void append(Connection connection, DecisionSource source, long id) throws SQLException {
		String subject = single(connection, source.subjectOfRow(), id);
		String content;
		try (PreparedStatement row = connection.prepareStatement(source.row())) {
			row.setLong(1, id);
			try (ResultSet rs = row.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("Decision row " + source.table() + "#" + id + " is not in the database");
				}
				content = Canonical.of(source.table(), rs);
			}
		}
		int seq = 0;
		String previous = Canonical.GENESIS;
		try (PreparedStatement last = connection.prepareStatement(
				"select seq, hash from decision_chain where subject = ? order by seq desc limit 1 for update")) {
			last.setString(1, subject);
			try (ResultSet rs = last.executeQuery()) {
				if (rs.next()) {
					seq = rs.getInt(1);
					previous = rs.getString(2);
				}
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into decision_chain (subject, seq, decision_table, decision_id, content, algorithm, prev_hash, hash, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")) {
			insert.setString(1, subject);
			insert.setInt(2, seq + 1);
			insert.setString(3, source.table());
			insert.setLong(4, id);
			insert.setString(5, content);
			insert.setString(6, this.algorithm);
			insert.setString(7, previous);
			insert.setString(8, Canonical.link(this.algorithm, previous, content));
			insert.setTimestamp(9, Timestamp.from(AppClock.instant()));
			insert.executeUpdate();
		}
	}

	private static String single(Connection connection, String sql, long id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next() || rs.getString(1) == null) {
					throw new IllegalStateException("No subject for decision " + sql + " #" + id);
				}
				return rs.getString(1);
			}
		}
	}

}
