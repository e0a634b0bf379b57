package nl.permitholders.deploymentchecks;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CloudNativePG resources the manifests use, as strict records: a field that is not here, or a value outside the
 * allowed ones, fails to read. There is no Java model of CloudNativePG on Maven Central, so this is written from its
 * API reference (postgresql.cnpg.io/v1 of CloudNativePG 1.26+, and barmancloud.cnpg.io/v1 of the Barman Cloud
 * plugin) and covers only the fields the manifests use; a new field means adding it here after checking the
 * reference.
 */
final class CloudNativePg {

    private CloudNativePg() {
    }

    private static void oneOf(String field, String value, String... allowed) {
        if (value != null && !Set.of(allowed).contains(value)) {
            throw new IllegalArgumentException(field + " must be one of " + List.of(allowed) + ", not " + value);
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
        Cluster {
            required("metadata", metadata);
            required("spec", spec);
        }
    }

    record ClusterSpec(String description, Integer instances, String imageName, String primaryUpdateStrategy,
                       Boolean enableSuperuserAccess, Bootstrap bootstrap, PostgresConfiguration postgresql,
                       Storage storage, ResourceRequirements resources, Affinity affinity, List<PluginConfiguration> plugins) {
        ClusterSpec {
            required("spec.instances", instances);
            if (instances < 1) {
                throw new IllegalArgumentException("spec.instances must be at least 1");
            }
            required("spec.storage", storage);
            oneOf("spec.primaryUpdateStrategy", primaryUpdateStrategy, "unsupervised", "supervised");
        }
    }

    record Bootstrap(InitDb initdb) {
        Bootstrap {
            required("spec.bootstrap.initdb", initdb);
        }
    }

    record InitDb(String database, String owner, LocalObjectReference secret, Boolean dataChecksums, String encoding) {
        InitDb {
            required("spec.bootstrap.initdb.database", database);
            required("spec.bootstrap.initdb.owner", owner);
        }
    }

    record LocalObjectReference(String name) {
        LocalObjectReference {
            required("name", name);
        }
    }

    record PostgresConfiguration(Map<String, String> parameters, List<String> pg_hba) {
    }

    record Storage(String size, String storageClass, Boolean resizeInUseVolumes) {
        Storage {
            required("spec.storage.size", size);
        }
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType,
                    Map<String, String> nodeSelector) {
        Affinity {
            oneOf("spec.affinity.podAntiAffinityType", podAntiAffinityType, "preferred", "required");
        }
    }

    record PluginConfiguration(String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {
        PluginConfiguration {
            required("plugin name", name);
        }
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
        ScheduledBackup {
            required("metadata", metadata);
            required("spec", spec);
        }
    }

    /** schedule: a cron expression with seconds (six fields), as CloudNativePG requires. */
    record ScheduledBackupSpec(String schedule, Boolean immediate, Boolean suspend, String backupOwnerReference,
                               LocalObjectReference cluster, String method, BackupPluginConfiguration pluginConfiguration,
                               String target, Boolean online) {
        ScheduledBackupSpec {
            required("spec.schedule", schedule);
            if (schedule.trim().split("\\s+").length != 6) {
                throw new IllegalArgumentException("spec.schedule needs six fields (seconds first): " + schedule);
            }
            required("spec.cluster", cluster);
            oneOf("spec.backupOwnerReference", backupOwnerReference, "none", "self", "cluster");
            oneOf("spec.method", method, "barmanObjectStore", "volumeSnapshot", "plugin");
            oneOf("spec.target", target, "primary", "prefer-standby");
            if ("plugin".equals(method)) {
                required("spec.pluginConfiguration", pluginConfiguration);
            }
        }
    }

    record BackupPluginConfiguration(String name, Map<String, String> parameters) {
        BackupPluginConfiguration {
            required("spec.pluginConfiguration.name", name);
        }
    }

    record ObjectStore(String apiVersion, String kind, ObjectMeta metadata, ObjectStoreSpec spec) {
        ObjectStore {
            required("metadata", metadata);
            required("spec", spec);
        }
    }

    record ObjectStoreSpec(String retentionPolicy, BarmanObjectStoreConfiguration configuration) {
        private static final Pattern RETENTION = Pattern.compile("^[1-9][0-9]*[dwm]$");

        ObjectStoreSpec {
            required("spec.configuration", configuration);
            if (retentionPolicy != null && !RETENTION.matcher(retentionPolicy).matches()) {
                throw new IllegalArgumentException("spec.retentionPolicy must be like 30d, 4w or 1m: " + retentionPolicy);
            }
        }
    }

    record BarmanObjectStoreConfiguration(String destinationPath, String endpointURL, String serverName,
                                          S3Credentials s3Credentials, WalBackupConfiguration wal,
                                          DataBackupConfiguration data) {
        BarmanObjectStoreConfiguration {
            required("spec.configuration.destinationPath", destinationPath);
        }
    }

    record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey, SecretKeySelector region,
                         SecretKeySelector sessionToken, Boolean inheritFromIAMRole) {
        S3Credentials {
            if (!Objects.equals(inheritFromIAMRole, Boolean.TRUE)) {
                required("s3Credentials.accessKeyId", accessKeyId);
                required("s3Credentials.secretAccessKey", secretAccessKey);
            }
        }
    }

    record SecretKeySelector(String name, String key) {
        SecretKeySelector {
            required("secret name", name);
            required("secret key", key);
        }
    }

    record WalBackupConfiguration(String compression, Integer maxParallel) {
        WalBackupConfiguration {
            oneOf("wal.compression", compression, "bzip2", "gzip", "lz4", "snappy", "xz", "zstd");
        }
    }

    record DataBackupConfiguration(String compression, Integer jobs) {
        DataBackupConfiguration {
            oneOf("data.compression", compression, "bzip2", "gzip", "lz4", "snappy", "xz", "zstd");
        }
    }
}
