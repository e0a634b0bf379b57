package nl.permitholders.supervision.access;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import java.lang.reflect.Parameter;
import nl.permitholders.platform.security.Caller;

/**
 * The tenant check inside the resources of {@link ChecksMunicipalityAccess}: a method with a {@code @PathParam("code")}
 * loads nothing until {@link Caller#requireMunicipality} has passed; a refusal is 403, a failed lookup fails the
 * request (503 when the database is unreachable or busy), never a pass. Methods without that parameter are left alone.
 */
@ChecksMunicipalityAccess
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class MunicipalityAccessCheck {

    static final String CODE = "code";

    @Inject
    Caller caller;

    @AroundInvoke
    Object checkTenantFirst(InvocationContext invocation) throws Exception {
        String code = municipalityCode(invocation);
        if (code == null) {
            return invocation.proceed();
        }
        if (!Uni.class.equals(invocation.getMethod().getReturnType())) {
            throw new IllegalStateException(invocation.getMethod() + " answers for a municipality but returns no Uni: "
                    + "its tenant cannot be checked before it loads");
        }
        return caller.requireMunicipality(code).chain(() -> proceed(invocation));
    }

    private static Uni<?> proceed(InvocationContext invocation) {
        try {
            return (Uni<?>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    private static String municipalityCode(InvocationContext invocation) {
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathParam path = parameters[i].getAnnotation(PathParam.class);
            if (path != null && CODE.equals(path.value())) {
                return (String) invocation.getParameters()[i];
            }
        }
        return null;
    }
}
