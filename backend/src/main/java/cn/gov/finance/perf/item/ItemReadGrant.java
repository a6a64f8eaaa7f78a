package cn.gov.finance.perf.item;

import cn.gov.finance.perf.identity.AppUser;

/**
 * Another reason a user may read an item than role and organisation: a task on it was copied to
 * them. Implemented where that is known (the inbox), so the item feature does not depend on it.
 */
public interface ItemReadGrant {

	boolean grants(AppUser user, String itemCode);

}
