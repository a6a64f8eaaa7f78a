package cn.gov.finance.perf.keyevaluation;

import java.time.Instant;

import cn.gov.finance.perf.system.AppClock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file attached to a key evaluation's report, stored with the record and its SHA-256. */
@Entity
@Table(name = "key_evaluation_attachment")
public class KeyEvaluationAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long keyEvaluationId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	@Lob
	private byte[] content;

	private String uploadedBy;

	private Instant uploadedAt;

	protected KeyEvaluationAttachment() {
	}

	KeyEvaluationAttachment(Long keyEvaluationId, String fileName, String contentType, byte[] content, String sha256,
			String uploadedBy) {
		this.keyEvaluationId = keyEvaluationId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = AppClock.instant();
	}

	public Long getId() {
		return this.id;
	}

	public Long getKeyEvaluationId() {
		return this.keyEvaluationId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public byte[] getContent() {
		return this.content;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	/** What a list shows: everything but the content. */
	public interface Info {

		Long getId();

		String getFileName();

		String getContentType();

		long getSizeBytes();

		String getSha256();

		String getUploadedBy();

		Instant getUploadedAt();

	}

}
