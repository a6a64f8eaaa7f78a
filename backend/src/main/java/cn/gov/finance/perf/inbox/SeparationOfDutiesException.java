package cn.gov.finance.perf.inbox;

import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Message;
import cn.gov.finance.perf.system.ProblemType;

/** 403: the user completed the step whose result this step reviews (不相容岗位相分离). */
public class SeparationOfDutiesException extends DomainException {

	private final String rule;

	SeparationOfDutiesException(String rule) {
		super(ProblemType.FORBIDDEN, Message.of("separation.refused", Message.of(rule)));
		this.rule = rule;
	}

	public String rule() {
		return this.rule;
	}

}
