package com.atlassian.beehive;

/**
 * STUB (compile only). Cluster-wide named locks (Atlassian Beehive), an OSGi service. Interface, {@code @PublicApi}.
 *
 * <p>Source: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * ({@code ClusterLock getLockForName(String lockName)}: "Returns the cluster-wide lock for the given name"; names up to 255
 * characters, namespaced by reverse DNS; locks are not re-entrant). Confluence implements it
 * ({@code com.atlassian.confluence.cluster.BeehiveClusterLockService}, 5.5 javadoc). UNCONFIRMED for Confluence 10.
 */
public interface ClusterLockService {

    /** Source: beehive 0.0.6 page above. */
    ClusterLock getLockForName(String lockName);
}
