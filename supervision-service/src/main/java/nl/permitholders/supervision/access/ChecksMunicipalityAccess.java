package nl.permitholders.supervision.access;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource that answers for the municipality in its path parameter {@code code}: every such method checks the
 * caller's tenant itself ({@link MunicipalityAccessCheck}) before it loads anything, whatever reached it, so that a
 * request the {@link TenantFilter} let through by mistake still learns nothing.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChecksMunicipalityAccess {
}
