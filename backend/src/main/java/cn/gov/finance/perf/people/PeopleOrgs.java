package cn.gov.finance.perf.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.finance.perf.admin.AdminAuditEvent;
import cn.gov.finance.perf.identity.IdentityDirectory;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.org.Division;
import cn.gov.finance.perf.org.DivisionRepository;
import cn.gov.finance.perf.org.OrgDirectory;
import cn.gov.finance.perf.org.OrgKind;
import cn.gov.finance.perf.org.OrgUnit;
import cn.gov.finance.perf.org.OrgUnitRepository;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.FieldMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations (departments, units, finance bureaus, third parties…) as administrators manage them:
 * each has its Camunda group {@code org-<code>}, named like it. A disabled organisation stays for the
 * record; a county whose finance bureau is missing or disabled is listed, since the appraisal cannot
 * give it an entry.
 */
@Service
public class PeopleOrgs {

	public record OrgEntry(String code, String name, OrgKind kind, @Nullable String parentCode, String divisionCode,
			@Nullable String divisionName, int sortOrder, boolean disabled) {
	}

	public record OrgData(String name, OrgKind kind, @Nullable String parentCode, String divisionCode,
			@Nullable Integer sortOrder) {
	}

	public record CountyWithoutFinance(String divisionCode, String name) {
	}

	/** Every organisation, and the counties that would be left out of an appraisal. */
	public record OrgOverview(List<OrgEntry> orgs, List<CountyWithoutFinance> countiesWithoutFinance) {
	}

	private final OrgUnitRepository orgs;

	private final DivisionRepository divisions;

	private final OrgDirectory directory;

	private final IdentityDirectory identities;

	private final IdentityService identity;

	private final ApplicationEventPublisher events;

	PeopleOrgs(OrgUnitRepository orgs, DivisionRepository divisions, OrgDirectory directory,
			IdentityDirectory identities, IdentityService identity, ApplicationEventPublisher events) {
		this.orgs = orgs;
		this.divisions = divisions;
		this.directory = directory;
		this.identities = identities;
		this.identity = identity;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public OrgOverview overview() {
		OrgDirectory.Names names = this.directory.names();
		return new OrgOverview(this.orgs.findAllByOrderBySortOrderAscCodeAsc().stream().map(o -> entry(o, names)).toList(),
				countiesWithoutFinance());
	}

	@Transactional(readOnly = true)
	public List<CountyWithoutFinance> countiesWithoutFinance() {
		return this.directory.countiesWithoutFinance()
			.stream()
			.map(d -> new CountyWithoutFinance(d.getCode(), d.getName()))
			.toList();
	}

	@Transactional
	public OrgEntry create(String code, OrgData data) {
		check(code, data);
		if (this.orgs.existsById(code)) {
			throw DomainException.conflict("people.orgExists", code);
		}
		OrgUnit org = this.orgs.saveAndFlush(new OrgUnit(code, data.name().trim(), data.kind(), blankToNull(data.parentCode()),
				data.divisionCode(), data.sortOrder() == null ? 0 : data.sortOrder()));
		this.identities.ensureOrgGroup(code, org.getName());
		OrgEntry created = entry(org, this.directory.names());
		this.events.publishEvent(new AdminAuditEvent("org.created", code, "新建组织 " + org.getName(),
				describe(created, "new.")));
		return created;
	}

	@Transactional
	public OrgEntry update(String code, OrgData data) {
		OrgUnit org = org(code);
		check(code, data);
		OrgEntry before = entry(org, this.directory.names());
		org.change(data.name().trim(), data.kind(), blankToNull(data.parentCode()), data.divisionCode(),
				data.sortOrder() == null ? org.getSortOrder() : data.sortOrder());
		this.orgs.flush();
		Group group = this.identity.createGroupQuery().groupId(Roles.orgGroup(code)).singleResult();
		if (group == null) {
			this.identities.ensureOrgGroup(code, org.getName());
		}
		else if (!org.getName().equals(group.getName())) {
			group.setName(org.getName());
			this.identity.saveGroup(group);
		}
		OrgEntry after = entry(org, this.directory.names());
		Map<String, String> details = new TreeMap<>(describe(before, "old."));
		details.putAll(describe(after, "new."));
		this.events.publishEvent(new AdminAuditEvent("org.updated", code, "修改组织 " + org.getName(), details));
		return after;
	}

	@Transactional
	public OrgEntry setDisabled(String code, boolean disabled) {
		OrgUnit org = org(code);
		boolean was = org.isDisabled();
		org.setDisabled(disabled);
		this.orgs.flush();
		this.events.publishEvent(new AdminAuditEvent(disabled ? "org.disabled" : "org.enabled", code,
				(disabled ? "停用组织 " : "启用组织 ") + org.getName(),
				Map.of("old.disabled", String.valueOf(was), "new.disabled", String.valueOf(disabled))));
		return entry(org, this.directory.names());
	}

	private void check(String code, OrgData data) {
		List<FieldMessage> errors = new ArrayList<>();
		if (!this.divisions.existsById(data.divisionCode())) {
			errors.add(FieldMessage.of("divisionCode", "people.noSuchDivision", data.divisionCode()));
		}
		String parent = blankToNull(data.parentCode());
		if (parent != null) {
			if (!this.orgs.existsById(parent)) {
				errors.add(FieldMessage.of("parentCode", "people.noSuchOrg", parent));
			}
			else if (createsCycle(code, parent)) {
				errors.add(FieldMessage.of("parentCode", "people.parentCycle"));
			}
		}
		if (data.kind() == OrgKind.UNIT && parent == null) {
			errors.add(FieldMessage.of("parentCode", "people.unitNeedsParent"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.invalid(errors);
		}
	}

	private boolean createsCycle(String code, String parent) {
		String current = parent;
		for (int depth = 0; current != null && depth < 64; depth++) {
			if (current.equals(code)) {
				return true;
			}
			current = this.orgs.findById(current).map(OrgUnit::getParentCode).orElse(null);
		}
		return current != null;
	}

	private OrgUnit org(String code) {
		return this.orgs.findById(code).orElseThrow(() -> DomainException.notFound("Organisation", code));
	}

	private static OrgEntry entry(OrgUnit org, OrgDirectory.Names names) {
		return new OrgEntry(org.getCode(), org.getName(), org.getKind(), org.getParentCode(), org.getDivisionCode(),
				names.division(org.getDivisionCode()), org.getSortOrder(), org.isDisabled());
	}

	private static Map<String, String> describe(OrgEntry org, String prefix) {
		return Map.of(prefix + "name", org.name(), prefix + "kind", org.kind().name(), prefix + "parentCode",
				org.parentCode() == null ? "" : org.parentCode(), prefix + "divisionCode", org.divisionCode(),
				prefix + "sortOrder", String.valueOf(org.sortOrder()));
	}

	@Nullable
	private static String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** For the division list of the organisation form. */
	@Transactional(readOnly = true)
	public List<Division> divisions() {
		return this.divisions.findAllByOrderBySortOrderAscCodeAsc();
	}

}
