package cn.gov.finance.perf.admin.models;

import java.util.List;

/** A deployment or validation refused because of problems in the files; nothing was deployed. */
public class ModelsRefused extends RuntimeException {

	private final transient List<ModelProblem> problems;

	public ModelsRefused(List<ModelProblem> problems) {
		super(problems.size() + " problems in the model files");
		this.problems = List.copyOf(problems);
	}

	public List<ModelProblem> problems() {
		return this.problems;
	}

}
