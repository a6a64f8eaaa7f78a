package cn.gov.finance.perf.item.process;

import cn.gov.finance.perf.item.ItemService;
import cn.gov.finance.perf.item.ItemStage;
import cn.gov.finance.perf.item.ItemStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * Called from the lifecycle model: a stage is entered, the item enters the project library, or the
 * item is closed. Each reads the item id, makes one call and is safe to repeat.
 */
@Component("itemLifecycle")
public class ItemLifecycle {

	private final ItemService items;

	ItemLifecycle(ItemService items) {
		this.items = items;
	}

	public void enterStage(DelegateExecution execution, String stage) {
		this.items.enterStage(itemId(execution), ItemStage.valueOf(stage));
	}

	public void enterLibrary(DelegateExecution execution) {
		this.items.enterLibrary(itemId(execution));
	}

	public void close(DelegateExecution execution, String status) {
		this.items.close(itemId(execution), ItemStatus.valueOf(status));
	}

	private static Long itemId(DelegateExecution execution) {
		return (Long) execution.getVariable(BudgetItemLifecycleProcess.VAR_ITEM_ID);
	}

}
