package org.chaingraph.clusters;

public enum MembershipRole { ANCHOR, MEMBER }
