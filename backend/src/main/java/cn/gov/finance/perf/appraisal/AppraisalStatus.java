package cn.gov.finance.perf.appraisal;

/** Where an appraisal round stands. */
public enum AppraisalStatus {

	/** Finance is scoring the bodies. */
	SCORING,

	/** The scores are in; the circular (通报) awaits release. */
	CIRCULATING,

	/** Circulated; interviews and rectifications of the poor ones are under way. */
	CIRCULATED,

	/** Every poor body has rectified and been verified. */
	CLOSED;

	/** Where one body's entry stands. */
	public enum EntryStatus {

		/** Not scored yet. */
		PENDING,

		/** Scored; nothing more is asked of it (优, 良, 中). */
		SCORED,

		/** 差: waiting for the interview (约谈). */
		INTERVIEW,

		/** Interviewed; the body rectifies by the deadline. */
		RECTIFYING,

		/** The body reported its rectification; finance verifies it. */
		VERIFYING,

		/** Rectification verified. */
		RECTIFIED

	}

	/** The steps recorded in an appraisal's decision log. */
	public enum Step {

		SCORE, CIRCULATE, INTERVIEW, RECTIFY, VERIFY

	}

	/** Finance's choices at the circulation and the verification. */
	public enum CirculationDecision {

		CIRCULATE, REVISE

	}

	public enum VerificationDecision {

		ACCEPT, RETURN

	}

}
