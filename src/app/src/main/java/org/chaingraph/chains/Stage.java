package org.chaingraph.chains;

/** Where a segment sits in its chain (上游 / 中游 / 下游). */
public enum Stage { UPSTREAM, MIDSTREAM, DOWNSTREAM }
