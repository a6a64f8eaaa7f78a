package cn.gov.finance.perf.admin.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.gov.finance.perf.admin.ProcessDeployer;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.RequestContext;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda Modeler deploys with {@code POST /engine-rest/deployment/create} (multipart, HTTP Basic,
 * administrators only — the engine-rest security chain runs first). This filter answers that request
 * itself, as an administrator's upload in the app: the files are validated and the changed ones
 * deployed into the application's series and recorded with source {@code modeler}, in one transaction
 * ({@link ModelDeployments#deploy}); any problem is a 422 problem+json listing all of them and nothing
 * is deployed. Camunda's own deployment resource is never reached on these paths, so a Modeler
 * deployment is what an upload would be: same resource names, kept across restarts.
 */
class ModelerDeploymentFilter extends OncePerRequestFilter {

	static final String PATH = "/engine-rest/deployment/create";

	/** The default engine's path and a named engine's ({@code /engine-rest/engine/{name}/deployment/create}): no way around. */
	private static final java.util.regex.Pattern PATHS = java.util.regex.Pattern
		.compile("^/engine-rest(/engine/[^/]+)?/deployment/create/?$");

	private final ModelDeployments deployments;

	private final ModelProblemResponses responses;

	private final ObjectMapper json;

	private final RepositoryService repositoryService;

	private final long maxBodyBytes;

	ModelerDeploymentFilter(ModelDeployments deployments, ModelProblemResponses responses, ObjectMapper json,
			RepositoryService repositoryService, long maxFileBytes) {
		this.deployments = deployments;
		this.responses = responses;
		this.json = json;
		this.repositoryService = repositoryService;
		this.maxBodyBytes = maxFileBytes * 20;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equalsIgnoreCase(request.getMethod()) || !PATHS.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBodyBytes + 1));
		List<ModelFile> files;
		try {
			files = body.length > this.maxBodyBytes ? null : files(body, request);
		}
		catch (FileUploadException ex) {
			files = null;
		}
		if (files == null || files.isEmpty()) {
			this.responses.write(request, response, List.of(new ModelProblem("-", null, null,
					cn.gov.finance.perf.system.Message.of("model.files.required"))));
			return;
		}
		String user = SecurityContextHolder.getContext().getAuthentication() == null ? "unknown"
				: SecurityContextHolder.getContext().getAuthentication().getName();
		ModelDeployments.Deployed deployed;
		try {
			deployed = this.deployments.deploy(files, ModelDeployments.Source.MODELER, user);
		}
		catch (ModelsRefused refused) {
			this.responses.write(request, response, refused.problems());
			return;
		}
		Deployment deployment = deployed.deploymentId() != null
				? this.repositoryService.createDeploymentQuery().deploymentId(deployed.deploymentId()).singleResult()
				: this.repositoryService.createDeploymentQuery()
					.deploymentName(ProcessDeployer.DEPLOYMENT_NAME)
					.orderByDeploymentTime()
					.desc()
					.listPage(0, 1)
					.stream()
					.findFirst()
					.orElse(null);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.json.writeValue(response.getOutputStream(), new ModelerDeployment(deployment == null ? null : deployment.getId(),
				ProcessDeployer.DEPLOYMENT_NAME, ProcessDeployer.DEPLOYMENT_NAME,
				deployment == null ? null : deployment.getDeploymentTime().toInstant().toString(), deployed.files(),
				files.stream().map(ModelFile::name).toList()));
	}

	/**
	 * What the Modeler is told, in the shape of Camunda's deployment answer ({@code id}, {@code name},
	 * {@code source}, {@code deploymentTime}), with the resources that changed and were deployed (none
	 * when every file was unchanged; {@code id} is then the deployment in force).
	 */
	record ModelerDeployment(@Nullable String id, String name, String source, @Nullable String deploymentTime,
			List<String> deployedResources, List<String> files) {
	}

	private static List<ModelFile> files(byte[] body, HttpServletRequest request) throws FileUploadException, IOException {
		List<ModelFile> files = new ArrayList<>();
		FileItemIterator items = new FileUpload().getItemIterator(new RequestContext() {
			@Override
			public String getCharacterEncoding() {
				return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : request.getCharacterEncoding();
			}

			@Override
			public String getContentType() {
				return request.getContentType();
			}

			@Override
			public int getContentLength() {
				return body.length;
			}

			@Override
			public InputStream getInputStream() {
				return new ByteArrayInputStream(body);
			}
		});
		while (items.hasNext()) {
			FileItemStream item = items.next();
			if (!item.isFormField()) {
				try (InputStream in = item.openStream()) {
					files.add(new ModelFile(ModelController.fileName(item.getName()), in.readAllBytes()));
				}
			}
		}
		return files;
	}

	/** Its own registration, after Spring Security's filter chain (order -100), so only administrators get here. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<ModelerDeploymentFilter> modelerDeploymentFilter(ModelDeployments deployments,
				ModelProblemResponses responses, ObjectMapper json, RepositoryService repositoryService,
				ModelValidator validator) {
			FilterRegistrationBean<ModelerDeploymentFilter> registration = new FilterRegistrationBean<>(
					new ModelerDeploymentFilter(deployments, responses, json, repositoryService, validator.maxFileBytes()));
			registration.addUrlPatterns("/engine-rest/*");
			registration.setOrder(0);
			return registration;
		}

	}

}
