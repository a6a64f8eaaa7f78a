package cn.gov.finance.perf.admin.models;

import java.util.Locale;
import java.util.Optional;

/**
 * One uploaded (or packaged) model file: its name as given (the path below {@code processes/} for
 * the packaged ones) and its bytes.
 */
public record ModelFile(String name, byte[] bytes) {

	/** The kinds of file the engine deploys; anything else is refused. */
	public enum Kind {

		BPMN(".bpmn"), DMN(".dmn"), FORM(".form");

		private final String suffix;

		Kind(String suffix) {
			this.suffix = suffix;
		}

		public String suffix() {
			return this.suffix;
		}

	}

	public Optional<Kind> kind() {
		String lower = this.name.toLowerCase(Locale.ROOT);
		for (Kind kind : Kind.values()) {
			if (lower.endsWith(kind.suffix)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** The last path segment: {@code TargetGradeRouting.dmn} for {@code target/TargetGradeRouting.dmn}. */
	public String simpleName() {
		return this.name.substring(this.name.lastIndexOf('/') + 1);
	}

}
