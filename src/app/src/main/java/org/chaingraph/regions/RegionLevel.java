package org.chaingraph.regions;

public enum RegionLevel { PROVINCE, CITY, DISTRICT }
