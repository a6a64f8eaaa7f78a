package cn.gov.finance.perf.admin.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.identity.AppUser;
import cn.gov.finance.perf.identity.Roles;
import cn.gov.finance.perf.system.DomainException;
import cn.gov.finance.perf.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The models administrators deploy: the catalogue, validating files, deploying them. */
@RestController
@RequestMapping("/api/admin/models")
class ModelController {

	private final ModelDeployments deployments;

	private final ModelCatalogue catalogue;

	private final ModelProblemResponses responses;

	ModelController(ModelDeployments deployments, ModelCatalogue catalogue, ModelProblemResponses responses) {
		this.deployments = deployments;
		this.catalogue = catalogue;
		this.responses = responses;
	}

	/** What validating files found: every problem, or (when there are none) what each file changes. */
	record ValidationView(List<ModelProblemResponses.ProblemView> problems, List<ModelDiff.FileChanges> changes) {
	}

	/** A deployment: its id (none when no file changed), the resources it deployed, what they changed. */
	record DeploymentView(@Nullable String deploymentId, List<String> files, List<ModelDiff.FileChanges> changes) {
	}

	@Operation(summary = "Every process, decision and form with all versions, running instances and who deployed them (administrators)")
	@GetMapping
	ModelCatalogue.CatalogueView list(@AuthenticationPrincipal AppUser user) {
		adminOnly(user);
		return this.catalogue.catalogue();
	}

	@Operation(summary = "Check model files (multipart 'files', or packaged=true for processes/) without deploying them: problems, else the changes (administrators)")
	@PostMapping(path = "/validations", consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE })
	ValidationView validate(@AuthenticationPrincipal AppUser user,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean packaged, HttpServletRequest request) {
		adminOnly(user);
		ModelDeployments.Validation validation = this.deployments.validate(files(files, packaged));
		return new ValidationView(this.responses.views(validation.problems(), Problems.locale(request)), validation.changes());
	}

	@Operation(summary = "Deploy the changed files of those given (multipart 'files', or packaged=true for processes/); any problem refuses all with 422 (administrators)")
	@PostMapping(path = "/deployments", consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE })
	@ResponseStatus(HttpStatus.CREATED)
	DeploymentView deploy(@AuthenticationPrincipal AppUser user,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean packaged) {
		adminOnly(user);
		ModelDeployments.Deployed deployed = this.deployments.deploy(files(files, packaged), ModelDeployments.Source.UPLOAD,
				user.id());
		return new DeploymentView(deployed.deploymentId(), deployed.files(), deployed.changes());
	}

	private static List<ModelFile> files(@Nullable List<MultipartFile> parts, boolean packaged) {
		if (packaged) {
			return PackagedModels.files();
		}
		if (parts == null || parts.isEmpty()) {
			throw DomainException.invalid("files", "model.files.required");
		}
		List<ModelFile> files = new ArrayList<>();
		for (MultipartFile part : parts) {
			try {
				files.add(new ModelFile(fileName(part.getOriginalFilename()), part.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	/** The file's own name, without any path a browser or client sent. */
	static String fileName(@Nullable String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return name.isEmpty() ? "unnamed" : name;
	}

	private static void adminOnly(AppUser user) {
		if (!user.hasRole(Roles.ADMIN)) {
			throw DomainException.forbidden("model.adminsOnly");
		}
	}

}
