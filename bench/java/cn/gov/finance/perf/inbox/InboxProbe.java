package cn.gov.finance.perf.inbox;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.system.PageView;

import org.springframework.context.ApplicationContext;

/**
 * The inbox's first page without HTTP, for the benchmark ({@code cn.gov.finance.perf.bench}): the
 * calls {@link TaskController#list} makes, whole and in parts, so the benchmark can set the inbox's
 * own query path next to Camunda's in-process {@code TaskQuery} and show where a full request's time
 * goes. Lives in the inbox's package (under {@code bench/java}) so the inbox's classes stay
 * package-private.
 */
public final class InboxProbe {

	private final TaskController controller;

	private final InboxSearch search;

	private final Substitutions substitutions;

	public InboxProbe(ApplicationContext context) {
		this.controller = context.getBean(TaskController.class);
		this.search = context.getBean(InboxSearch.class);
		this.substitutions = context.getBean(Substitutions.class);
	}

	/**
	 * The controller's service call for the first page of the to-do tab (20 rows, default sort, no
	 * filter): the read model's rows, with their candidate groups, and the total, whom the user
	 * stands in for included. Returns the total.
	 */
	public long query(AppUser user) {
		return this.search.page(user, InboxSearch.Tab.TODO, InboxFilter.none(), InboxSort.CREATED, null, 0, 20).total();
	}

	/** How many people the user stands in for today. */
	public int standIns(AppUser user) {
		return this.substitutions.principalsOf(user).size();
	}

	/** The controller method itself (query, names, mapping to views), without HTTP and JSON. */
	public PageView<?> controller(AppUser user) {
		return this.controller.list(user, TaskController.Tab.TODO, null, null, null, null, null, null, null, null, null,
				null, null, null, InboxSort.CREATED, null, 0, 20);
	}

}
