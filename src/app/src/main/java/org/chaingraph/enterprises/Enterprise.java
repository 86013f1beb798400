package org.chaingraph.enterprises;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.decimal;
import static org.chaingraph.graphql.NodeValues.flag;
import static org.chaingraph.graphql.NodeValues.integer;

import org.neo4j.driver.Value;

/**
 * An enterprise's own properties; its relations are fields resolved in batches. Money in 万元, ratios
 * in %. {@code profile} holds the optional figures only the cultivation rules read.
 */
public record Enterprise(String uscc, String name, Scale scale, Integer founded, Double revenue, Double rdRatio,
                         Integer employees, Double growth, Double growthPrev, boolean listed, Profile profile) {

    /**
     * The optional figures of {@code enterprises.csv} that published designation criteria need
     * (docs/importing.md): a null is unknown, so a criterion on it is unchecked, never passed.
     *
     * @param ipClass1          Ⅰ类知识产权 related to the main products, a count
     * @param mainBusinessRatio 主营业务收入 as a share of revenue, %
     * @param debtRatio         资产负债率, %
     * @param equityFinancing2y 近两年新增股权融资 (合格机构投资者实缴额), 万元
     */
    public record Profile(Integer ipClass1, Double mainBusinessRatio, Double debtRatio, Double equityFinancing2y) {
        public static final Profile UNKNOWN = new Profile(null, null, null, null);
    }

    /** Without the optional figures (all unknown). */
    public Enterprise(String uscc, String name, Scale scale, Integer founded, Double revenue, Double rdRatio,
                      Integer employees, Double growth, Double growthPrev, boolean listed) {
        this(uscc, name, scale, founded, revenue, rdRatio, employees, growth, growthPrev, listed, Profile.UNKNOWN);
    }

    public Enterprise {
        profile = profile == null ? Profile.UNKNOWN : profile;
    }

    public Enterprise with(Profile profile) {
        return new Enterprise(uscc, name, scale, founded, revenue, rdRatio, employees, growth, growthPrev, listed, profile);
    }

    public Integer ipClass1() {
        return profile.ipClass1();
    }

    public Double mainBusinessRatio() {
        return profile.mainBusinessRatio();
    }

    public Double debtRatio() {
        return profile.debtRatio();
    }

    public Double equityFinancing2y() {
        return profile.equityFinancing2y();
    }

    /** From an {@code :Enterprise} node; null for a null value. */
    public static Enterprise from(Value node) {
        if (node.isNull()) {
            return null;
        }
        return new Enterprise(node.get("uscc").asString(), node.get("name").asString(), constant(node.get("scale"), Scale.class),
                integer(node.get("founded")), decimal(node.get("revenue")), decimal(node.get("rdRatio")),
                integer(node.get("employees")), decimal(node.get("growth")), decimal(node.get("growthPrev")),
                flag(node.get("listed")),
                new Profile(integer(node.get("ipClass1")), decimal(node.get("mainBusinessRatio")), decimal(node.get("debtRatio")),
                        decimal(node.get("equityFinancing2y"))));
    }
}
