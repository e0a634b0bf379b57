package nl.permitholders.deploymentchecks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema check of Kubernetes resources: each is read into the model of its kind — fabric8's Kubernetes model for
 * the built-in kinds, Strimzi's own API model (io.strimzi:api) for Kafka resources, {@link CloudNativePg} for
 * CloudNativePG — and rejected if anything in it is not part of that model. fabric8 and Strimzi keep unknown fields
 * aside instead of failing, so every object read is walked for such leftovers; Strimzi's deprecated fields (removed
 * in its v1 API) are refused too, and so is a number or boolean where the model wants a string (the API server
 * refuses {@code "data: {RATIO: 50}"} in a ConfigMap).
 */
final class Schemas {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", CloudNativePg.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", CloudNativePg.ScheduledBackup.class),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore", CloudNativePg.ObjectStore.class));

    private static final ObjectMapper MAPPER = strictMapper();

    private Schemas() {
    }

    static String key(Map<String, Object> object) {
        return object.get("apiVersion") + "/" + object.get("kind");
    }

    static String describe(Map<String, Object> object) {
        return object.get("kind") + " " + Yaml.string(object, "metadata", "name");
    }

    /** What is wrong with the object against the schema of its kind; empty if nothing. */
    static List<String> problems(Map<String, Object> object) {
        Class<?> model = MODELS.get(key(object));
        if (model == null) {
            return List.of(describe(object) + ": no schema for " + key(object) + " (known: " + MODELS.keySet() + ")");
        }
        Object typed;
        try {
            typed = MAPPER.convertValue(object, model);
        } catch (IllegalArgumentException e) {
            return List.of(describe(object) + ": " + rootMessage(e));
        }
        List<String> problems = new ArrayList<>();
        walk(typed, "", problems, new IdentityHashMap<>(), 0);
        return problems.stream().map(p -> describe(object) + ": " + p).toList();
    }

    /** The object read into its model, for checks that need its typed values. */
    static <T> T read(Map<String, Object> object, Class<T> model) {
        return MAPPER.convertValue(object, model);
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void walk(Object value, String path, List<String> problems, Map<Object, Boolean> seen, int depth) {
        if (value == null || depth > 60 || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen, depth + 1));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                walk(item, path + "[" + i++ + "]", problems, seen, depth + 1);
            }
            return;
        }
        Class<?> type = value.getClass();
        String name = type.getName();
        if (!(name.startsWith("io.fabric8.") || name.startsWith("io.strimzi.") || name.startsWith("nl.permitholders."))
                || type.isEnum()) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                walk(invoke(component.getAccessor(), value), path + "." + component.getName(), problems, seen, depth + 1);
            }
            return;
        }
        // By name: the JVM returns a class's methods in no fixed order, and the problems are listed in the walk's.
        Method[] getters = type.getMethods();
        Arrays.sort(getters, Comparator.comparing(Method::getName));
        for (Method getter : getters) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String method = getter.getName();
            if (method.equals("getAdditionalProperties")) {
                Object extra = invoke(getter, value);
                if (extra instanceof Map<?, ?> m && !m.isEmpty()) {
                    problems.add("unknown field(s) " + m.keySet() + " at " + (path.isEmpty() ? "top level" : path.substring(1)));
                }
                continue;
            }
            if (!(method.startsWith("get") && method.length() > 3) && !(method.startsWith("is") && method.length() > 2)) {
                continue;
            }
            Object child = invoke(getter, value);
            String property = Character.toLowerCase(method.charAt(method.startsWith("is") ? 2 : 3))
                    + method.substring(method.startsWith("is") ? 3 : 4);
            if (child != null && getter.isAnnotationPresent(Deprecated.class) && name.startsWith("io.strimzi.")) {
                problems.add("deprecated field " + path.substring(Math.min(1, path.length())) + "." + property
                        + " (removed from Strimzi's v1 API)");
            }
            walk(child, path + "." + property, problems, seen, depth + 1);
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
