package org.chaingraph.enterprises;

/** Enterprise size class (企业规模), as classified by the statistics bureau. */
public enum Scale { MICRO, SMALL, MEDIUM, LARGE }
