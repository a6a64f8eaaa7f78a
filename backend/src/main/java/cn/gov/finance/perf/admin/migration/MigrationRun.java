package cn.gov.finance.perf.admin.migration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A migration an administrator started: one Camunda batch from one version to another. */
@Entity
@Table(name = "migration_run")
class MigrationRun {

	@Id
	private String batchId;

	private String processKey;

	private String sourceDefinitionId;

	private int sourceVersion;

	private String targetDefinitionId;

	private int targetVersion;

	private String startedBy;

	private Instant startedAt;

	private int queued;

	private int skipped;

	protected MigrationRun() {
	}

	MigrationRun(String batchId, String processKey, String sourceDefinitionId, int sourceVersion, String targetDefinitionId,
			int targetVersion, String startedBy, Instant startedAt, int queued, int skipped) {
		this.batchId = batchId;
		this.processKey = processKey;
		this.sourceDefinitionId = sourceDefinitionId;
		this.sourceVersion = sourceVersion;
		this.targetDefinitionId = targetDefinitionId;
		this.targetVersion = targetVersion;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.queued = queued;
		this.skipped = skipped;
	}

	String getBatchId() {
		return this.batchId;
	}

	String getProcessKey() {
		return this.processKey;
	}

	String getSourceDefinitionId() {
		return this.sourceDefinitionId;
	}

	int getSourceVersion() {
		return this.sourceVersion;
	}

	String getTargetDefinitionId() {
		return this.targetDefinitionId;
	}

	int getTargetVersion() {
		return this.targetVersion;
	}

	String getStartedBy() {
		return this.startedBy;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	int getQueued() {
		return this.queued;
	}

	int getSkipped() {
		return this.skipped;
	}

}
