package org.chaingraph.clusters;

/** 先进制造业集群 / 中小企业特色产业集群 / 专精特新产业园 / 创新联合体. */
public enum ClusterType { ADVANCED_MANUFACTURING, SME_SPECIALTY, SRDI_PARK, INNOVATION_COMPLEX }
