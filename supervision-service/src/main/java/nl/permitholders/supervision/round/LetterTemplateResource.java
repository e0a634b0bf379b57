package nl.permitholders.supervision.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.permitholders.platform.codes.Codes;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.supervision.SupervisionApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Qute template a province's judgement letters are written with: reading it and saving a new version. */
@Path(SupervisionApi.BASE + "/provinces/{code}/letter-template")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision round")
public class LetterTemplateResource {

    /** The longest template, in characters. */
    public static final int TEMPLATE_MAX = 100_000;

    @Inject
    LetterTemplateService templates;

    @Inject
    Caller caller;

    public record TemplateRequest(@NotBlank @Size(max = TEMPLATE_MAX) String template) {
    }

    @Schema(requiredProperties = {"version", "changedBy", "changedAt"})
    public record VersionView(int version, String changedBy, Instant changedAt) {
    }

    @Schema(requiredProperties = {"provinceCode", "version", "history"})
    public record TemplateView(
            String provinceCode,
            @Schema(description = "The version letters are written with now; 0: the default shipped with the service") int version,
            @Schema(description = "The Qute template (XHTML)") String template,
            @JsonInclude(JsonInclude.Include.NON_NULL) String changedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant changedAt,
            @Schema(description = "Every version the province saved, oldest first, with who saved it and when") List<VersionView> history) {

        static TemplateView of(String province, List<LetterTemplateVersion> history, LetterTemplateVersion current) {
            return new TemplateView(province, current.version(), current.body(), current.changedBy(), current.changedAt(),
                    history.stream().map(v -> new VersionView(v.version(), v.changedBy(), v.changedAt())).toList());
        }
    }

    @RolesAllowed(Roles.PROVINCE)
    @GET
    @Operation(operationId = "getLetterTemplate",
            summary = "The province's letter template, with the history of its versions",
            description = "The default template while the province saved none (version 0). Only the province's own staff.")
    public Uni<TemplateView> template(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code) {
        return caller.requireProvince(code).chain(() -> templates.history(code)
                .flatMap(history -> templates.current(code).map(current -> TemplateView.of(code, history, current))));
    }

    @RolesAllowed(Roles.PROVINCE)
    @PUT
    @Operation(operationId = "saveLetterTemplate", summary = "Save a new version of the province's letter template",
            description = "A Qute template giving an XHTML document (root element html; no DOCTYPE, no entities other than "
                    + "XML's and numeric ones; nothing loaded from outside). The data is letter (docs/supervision-round.md). "
                    + "It is tried on a sample letter first: one that does not parse, fails to render, gives no well-formed "
                    + "XHTML, or writes a concept like a sent letter is refused with 400 naming template (with Qute's line). "
                    + "Who saved it is the caller the token names. Earlier versions are kept. Only the province's own staff.")
    public Uni<TemplateView> save(@PathParam("code") @Pattern(regexp = Codes.PROVINCE, message = Codes.PROVINCE_MESSAGE) String code,
                                  @Valid @NotNull TemplateRequest request) {
        return caller.requireProvince(code).chain(() -> templates.save(code, request.template())
                .flatMap(saved -> templates.savedHistory(code).map(history -> TemplateView.of(code, history, saved))));
    }
}
