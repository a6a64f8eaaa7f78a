package cn.gov.finance.perf.admin.migration;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One process instance of a run: queued into the batch, or skipped and why. */
@Entity
@Table(name = "migration_run_item")
class MigrationRunItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String batchId;

	private String processInstanceId;

	private String itemCode;

	private boolean queued;

	private String reasonCode;

	private String reasonParam;

	protected MigrationRunItem() {
	}

	MigrationRunItem(String batchId, String processInstanceId, String itemCode, boolean queued, String reasonCode,
			String reasonParam) {
		this.batchId = batchId;
		this.processInstanceId = processInstanceId;
		this.itemCode = itemCode;
		this.queued = queued;
		this.reasonCode = reasonCode;
		this.reasonParam = reasonParam;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	String getItemCode() {
		return this.itemCode;
	}

	boolean isQueued() {
		return this.queued;
	}

	String getReasonCode() {
		return this.reasonCode;
	}

	String getReasonParam() {
		return this.reasonParam;
	}

}
