package cn.gov.finance.perf.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a subject's decision chain: every link's hash follows from the previous link and its
 * content; the last link of every decision row matches the row as it is now; every decision row of
 * the subject has a link. The first problem, in chain order, is the broken link.
 */
@Service
public class DecisionChains {

	private final JdbcTemplate jdbc;

	DecisionChains(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Why a link is broken. */
	public enum ChainProblem {

		/** The link's hash does not follow from its content and the previous hash (the chain was edited). */
		HASH_MISMATCH,
		/** The link does not point at the hash before it (a link was removed or inserted). */
		LINK_MISSING,
		/** The decision row was changed outside the application since its last link. */
		CONTENT_CHANGED,
		/** The decision row was deleted. */
		ROW_DELETED,
		/** A decision row that never went through the application (no link). */
		UNCHAINED

	}

	public record ChainLink(int seq, String table, long decisionId, String algorithm, String prevHash, String hash,
			Instant recordedAt, String content) {
	}

	public record BrokenLink(int seq, String table, long decisionId, ChainProblem problem) {
	}

	public record ChainVerification(String subject, boolean intact, int links, @Nullable String headHash,
			@Nullable BrokenLink firstBroken, List<BrokenLink> problems) {
	}

	@Transactional(readOnly = true)
	public List<ChainLink> links(String subject) {
		return this.jdbc.query(
				"select seq, decision_table, decision_id, algorithm, prev_hash, hash, recorded_at, content from decision_chain where subject = ? order by seq",
				(rs, n) -> new ChainLink(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)),
				subject);
	}

	@Transactional(readOnly = true)
	public ChainVerification verify(String subject) {
		List<ChainLink> links = links(subject);
		List<BrokenLink> problems = new ArrayList<>();
		String previous = Canonical.GENESIS;
		int expectedSeq = 1;
		Map<String, ChainLink> lastOfRow = new HashMap<>();
		for (ChainLink link : links) {
			if (link.seq() != expectedSeq || !link.prevHash().equals(previous)) {
				problems.add(new BrokenLink(link.seq(), link.table(), link.decisionId(), ChainProblem.LINK_MISSING));
			}
			else if (!Canonical.link(link.algorithm(), link.prevHash(), link.content()).equals(link.hash())) {
				problems.add(new BrokenLink(link.seq(), link.table(), link.decisionId(), ChainProblem.HASH_MISMATCH));
			}
			previous = link.hash();
			expectedSeq = link.seq() + 1;
			lastOfRow.put(link.table() + "#" + link.decisionId(), link);
		}
		for (ChainLink last : lastOfRow.values()) {
			DecisionSource source = DecisionSource.ofTable(last.table()).orElse(null);
			if (source == null) {
				continue;
			}
			List<String> now = this.jdbc.query(source.row(), (rs, n) -> Canonical.of(source.table(), rs), last.decisionId());
			if (now.isEmpty()) {
				problems.add(new BrokenLink(last.seq(), last.table(), last.decisionId(), ChainProblem.ROW_DELETED));
			}
			else if (!now.get(0).equals(last.content())) {
				problems.add(new BrokenLink(last.seq(), last.table(), last.decisionId(), ChainProblem.CONTENT_CHANGED));
			}
		}
		Set<String> chained = new LinkedHashSet<>(lastOfRow.keySet());
		for (DecisionSource source : DecisionSource.ALL) {
			for (Long id : this.jdbc.queryForList(source.rowsOfSubject(), Long.class, subject)) {
				if (!chained.contains(source.table() + "#" + id)) {
					problems.add(new BrokenLink(Integer.MAX_VALUE, source.table(), id, ChainProblem.UNCHAINED));
				}
			}
		}
		problems.sort(java.util.Comparator.comparingInt(BrokenLink::seq));
		return new ChainVerification(subject, problems.isEmpty(), links.size(),
				links.isEmpty() ? null : links.get(links.size() - 1).hash(), problems.isEmpty() ? null : problems.get(0),
				List.copyOf(problems));
	}

}
