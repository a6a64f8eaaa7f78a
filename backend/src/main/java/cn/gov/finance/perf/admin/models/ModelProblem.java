package cn.gov.finance.perf.admin.models;

import cn.gov.finance.perf.system.Message;
import org.springframework.lang.Nullable;

/**
 * One thing wrong with a model file: the file, the element (its id, if the problem has one), the
 * line (if known) and what is wrong, as a message code with parameters.
 */
public record ModelProblem(String file, @Nullable String elementId, @Nullable Integer line, Message message) {

	static ModelProblem of(String file, @Nullable XmlScan.Element element, Message message) {
		return new ModelProblem(file, element == null ? null : element.id(), element == null ? null : element.line(),
				message);
	}

}
