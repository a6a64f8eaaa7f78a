package cn.gov.finance.perf.system;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of results with the total, in a stable JSON shape. */
public record PageView<T>(List<T> content, long totalElements, int page, int size) {

	public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements(),
				page.getNumber(), page.getSize());
	}

}
