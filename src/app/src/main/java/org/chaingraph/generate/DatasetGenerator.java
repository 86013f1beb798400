package org.chaingraph.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.chaingraph.enterprises.Uscc;

/**
 * Writes a synthetic dataset in the contract format (docs/importing.md) at any scale, the same
 * files for the same arguments. Its shape follows what a province's register looks like: a few big
 * districts and many small ones, mostly micro and small firms, designations in the ladder's real
 * proportions (about 34 创新型 : 8 专精特新 : 1 小巨人; gazelles far more than unicorns), chains of
 * 20–40 segments whose FEEDS form a layered DAG, and supply relations concentrated on large firms.
 * Every name says it is generated; nothing in it describes a real firm.
 */
public final class DatasetGenerator {

    /** What to generate. */
    public record Spec(int enterprises, long seed, int chains) {
        public Spec {
            if (enterprises < 100) {
                throw new IllegalArgumentException("--enterprises must be at least 100, got " + enterprises);
            }
            if (chains < 1 || chains > 40) {
                throw new IllegalArgumentException("--chains must be between 1 and 40, got " + chains);
            }
        }
    }

    /** Rows written per file. */
    public record Written(Path directory, List<String> files, List<Long> rows) {
        public long totalRows() {
            return rows.stream().mapToLong(Long::longValue).sum();
        }
    }

    static final String PROVINCE = "330000";
    private static final String[] CITIES = {"杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"};
    private static final String[] CHAIN_THEMES = {
            "集成电路", "新能源汽车", "光伏新能源", "生物医药", "高端装备", "新材料", "智能家电", "数字安防",
            "现代纺织", "绿色石化", "航空航天", "机器人", "储能", "工业软件", "智能传感", "节能环保",
            "氢能", "医疗器械", "海洋装备", "通用航空", "元宇宙", "北斗导航", "量子信息", "合成生物",
            "先进金属", "精细化工", "轨道交通", "船舶制造", "农机装备", "现代中药", "功能食品", "时尚服装",
            "智能网联", "网络通信", "超高清视频", "工业母机", "激光", "人工智能", "柔性电子", "第三代半导体"};
    private static final String[] BRAND = {"华", "芯", "航", "瑞", "科", "联", "创", "晟", "睿", "恒", "通", "达", "鑫", "源", "宏", "博",
            "明", "泰", "新", "智", "远", "微", "宇", "海", "川", "峰", "启", "卓", "兴", "精", "安", "信", "嘉", "正", "德", "永"};
    private static final String[] FORM = {"科技有限公司", "技术有限公司", "股份有限公司", "电子有限公司", "材料有限公司", "智能装备有限公司"};
    private static final String[] STAGES = {"UPSTREAM", "MIDSTREAM", "DOWNSTREAM"};
    private static final String[] SCALES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};

    private final Spec spec;
    private final SplittableRandom random;

    // Regions
    private final List<String> districtCodes = new ArrayList<>();
    private final List<String> districtCity = new ArrayList<>();
    private final List<String> cityCodes = new ArrayList<>();
    private double[] districtWeights;

    // Chains and segments: segment index → chain, stage layer, capabilities
    private final List<String> segmentIds = new ArrayList<>();
    private final List<Integer> segmentChain = new ArrayList<>();
    private final List<Integer> segmentLayer = new ArrayList<>();
    private final List<String[]> segmentCapabilities = new ArrayList<>();
    private final List<int[]> chainSegments = new ArrayList<>();
    private final List<List<Integer>> feedsInto = new ArrayList<>();   // downstream neighbours

    // Enterprises, kept as compact arrays so 10^6 firms fit in a few tens of MB
    private String[] uscc;
    private byte[] scale;
    private int[] district;
    private int[] mainSegment;
    private int[] secondSegment;   // -1 = none
    private final List<List<Integer>> operatorsBySegment = new ArrayList<>();
    private final List<List<Integer>> largeBySegment = new ArrayList<>();
    private final List<List<Integer>> firmsByDistrict = new ArrayList<>();

    public DatasetGenerator(Spec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
    }

    public Written writeTo(Path directory, Consumer<String> progress) {
        try {
            Files.createDirectories(directory);
            var files = new ArrayList<String>();
            var rows = new ArrayList<Long>();
            Writer.Sink sink = (file, count) -> {
                files.add(file);
                rows.add(count);
                progress.accept(String.format("  %-20s %,10d rows", file, count));
            };
            regions(directory, sink);
            chains(directory, sink);
            enterprises(directory, sink, progress);
            designations(directory, sink);
            operations(directory, sink);
            supplies(directory, sink);
            leaders(directory, sink);
            clusters(directory, sink);
            challenges(directory, sink);
            events(directory, sink);
            targetsAndIncentives(directory, sink);
            return new Written(directory, List.copyOf(files), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- regions

    private void regions(Path directory, Writer.Sink sink) throws IOException {
        // One province, 11 cities; district counts grow with the province so big runs have more districts.
        int perCity = Math.max(4, Math.min(12, 4 + spec.enterprises() / 50_000));
        try (var out = new Writer(directory, "regions.csv", "code,name,level,parent_code", sink)) {
            out.row(PROVINCE, "浙东省（生成数据）", "PROVINCE", "");
            for (int c = 0; c < CITIES.length; c++) {
                String city = String.format("33%02d00", c + 1);
                cityCodes.add(city);
                out.row(city, CITIES[c] + "市", "CITY", PROVINCE);
                for (int d = 1; d <= perCity; d++) {
                    String code = String.format("33%02d%02d", c + 1, d);
                    districtCodes.add(code);
                    districtCity.add(city);
                    out.row(code, CITIES[c] + "第" + d + "区", "DISTRICT", city);
                }
            }
        }
        // Zipf-like sizes: a few big districts hold much of the register.
        int[] order = shuffled(districtCodes.size());
        districtWeights = new double[districtCodes.size()];
        for (int rank = 0; rank < order.length; rank++) {
            districtWeights[order[rank]] = 1.0 / Math.pow(rank + 1, 1.1);
        }
        districtWeights = cumulative(districtWeights);
        districtCodes.forEach(d -> firmsByDistrict.add(new ArrayList<>()));
    }

    // ---------------------------------------------------------------- chains, segments, flows

    private void chains(Path directory, Writer.Sink sink) throws IOException {
        try (var chainsOut = new Writer(directory, "chains.csv", "id,name,name_en,description", sink)) {
            for (int c = 0; c < spec.chains(); c++) {
                String theme = CHAIN_THEMES[c % CHAIN_THEMES.length];
                chainsOut.row(chainId(c), theme + "产业链（生成数据）", "Generated chain " + (c + 1),
                        "由 chaingraph generate 生成的" + theme + "产业链，用于规模测试；非真实数据。");
            }
        }
        try (var segmentsOut = new Writer(directory, "segments.csv", "id,chain_id,name,stage,critical,capabilities,parent_id", sink);
             var flowsOut = new Writer(directory, "segment_flows.csv", "from_segment,to_segment", sink)) {
            for (int c = 0; c < spec.chains(); c++) {
                int size = 20 + random.nextInt(21);
                int first = segmentIds.size();
                int[] members = new int[size];
                String theme = CHAIN_THEMES[c % CHAIN_THEMES.length];
                // Four to six layers; the first is upstream, the last downstream.
                int layers = 4 + random.nextInt(3);
                String[] pool = new String[12 + random.nextInt(8)];
                for (int k = 0; k < pool.length; k++) {
                    pool[k] = theme + "工艺" + (k + 1);
                }
                for (int i = 0; i < size; i++) {
                    int index = first + i;
                    members[i] = index;
                    int layer = Math.min(layers - 1, i * layers / size);
                    String id = chainId(c) + "-s" + (i + 1);
                    segmentIds.add(id);
                    segmentChain.add(c);
                    segmentLayer.add(layer);
                    feedsInto.add(new ArrayList<>());
                    operatorsBySegment.add(new ArrayList<>());
                    largeBySegment.add(new ArrayList<>());
                    var capabilities = new LinkedHashSet<String>();
                    int capabilityCount = 2 + random.nextInt(2);
                    while (capabilities.size() < capabilityCount) {
                        capabilities.add(pool[random.nextInt(pool.length)]);
                    }
                    segmentCapabilities.add(capabilities.toArray(String[]::new));
                    String stage = layer == 0 ? STAGES[0] : layer == layers - 1 ? STAGES[2] : STAGES[1];
                    // A sub-segment's parent is an earlier segment of the same layer of this chain.
                    String parent = "";
                    if (i > 0 && segmentLayer.get(index - 1) == layer && random.nextDouble() < 0.15) {
                        parent = segmentIds.get(index - 1);
                    }
                    segmentsOut.row(id, chainId(c), theme + "环节" + (i + 1), stage,
                            Boolean.toString(random.nextDouble() < 0.2), String.join("|", capabilities), parent);
                }
                chainSegments.add(members);
                // FEEDS: every segment but the last layer feeds one to three segments of a later layer.
                for (int i = 0; i < size; i++) {
                    int from = first + i;
                    int layer = segmentLayer.get(from);
                    if (layer == layers - 1) {
                        continue;
                    }
                    var targets = new ArrayList<Integer>();
                    for (int j = i + 1; j < size; j++) {
                        int to = first + j;
                        if (segmentLayer.get(to) == layer + 1 || (segmentLayer.get(to) > layer + 1 && random.nextDouble() < 0.05)) {
                            targets.add(to);
                        }
                    }
                    int count = Math.min(targets.size(), 1 + random.nextInt(3));
                    Set<Integer> chosen = new LinkedHashSet<>();
                    while (chosen.size() < count) {
                        chosen.add(targets.get(random.nextInt(targets.size())));
                    }
                    for (int to : chosen) {
                        feedsInto.get(from).add(to);
                        flowsOut.row(segmentIds.get(from), segmentIds.get(to));
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- enterprises

    private void enterprises(Path directory, Writer.Sink sink, Consumer<String> progress) throws IOException {
        int n = spec.enterprises();
        uscc = new String[n];
        scale = new byte[n];
        district = new int[n];
        mainSegment = new int[n];
        secondSegment = new int[n];
        // Chain sizes are skewed too: the first chains are the province's big ones.
        double[] chainWeights = new double[spec.chains()];
        for (int c = 0; c < chainWeights.length; c++) {
            chainWeights[c] = 1.0 / Math.pow(c + 1, 0.7);
        }
        chainWeights = cumulative(chainWeights);
        try (var out = new Writer(directory, "enterprises.csv",
                "uscc,name,region_code,scale,founded,revenue,rd_ratio,employees,growth,growth_prev,listed,capabilities,"
                        + "ip_class1,main_business_ratio,debt_ratio,equity_financing_2y", sink)) {
            // The optional figures come from a stream of their own, so adding them left every other column as it was.
            var optional = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
            for (int e = 0; e < n; e++) {
                int d = pick(districtWeights);
                district[e] = d;
                firmsByDistrict.get(d).add(e);
                uscc[e] = usccFor(districtCodes.get(d), e);
                double r = random.nextDouble();
                int s = r < 0.60 ? 0 : r < 0.88 ? 1 : r < 0.97 ? 2 : 3;
                scale[e] = (byte) s;
                int[] chain = chainSegments.get(pick(chainWeights));
                int main = chain[random.nextInt(chain.length)];
                mainSegment[e] = main;
                operatorsBySegment.get(main).add(e);
                if (s == 3) {
                    largeBySegment.get(main).add(e);
                }
                int second = -1;
                if (random.nextDouble() < 0.45) {
                    second = chain[random.nextInt(chain.length)];
                    if (second == main) {
                        second = -1;
                    } else {
                        operatorsBySegment.get(second).add(e);
                    }
                }
                secondSegment[e] = second;
                double revenue = switch (s) {
                    case 0 -> 50 + random.nextDouble() * 950;
                    case 1 -> 1_000 + random.nextDouble() * 9_000;
                    case 2 -> 10_000 + random.nextDouble() * 90_000;
                    default -> 100_000 + Math.exp(random.nextDouble() * 4.6) * 100_000;
                };
                int employees = switch (s) {
                    case 0 -> 3 + random.nextInt(17);
                    case 1 -> 20 + random.nextInt(280);
                    case 2 -> 300 + random.nextInt(700);
                    default -> 1_000 + random.nextInt(20_000);
                };
                String[] caps = segmentCapabilities.get(main);
                var capabilities = new LinkedHashSet<String>();
                int capabilityCount = random.nextInt(caps.length + 1);
                for (int k = 0; k < capabilityCount; k++) {
                    capabilities.add(caps[random.nextInt(caps.length)]);
                }
                boolean listed = s == 3 ? random.nextDouble() < 0.3 : s == 2 && random.nextDouble() < 0.03;
                // About two firms in three report the optional figures (a province's register rarely has them all).
                boolean reports = optional.nextDouble() < 0.65;
                String ip = reports ? Integer.toString((int) Math.floor(-Math.log(1 - optional.nextDouble()) * 1.5)) : "";
                String mainBusiness = reports ? decimal(50 + optional.nextDouble() * 50) : "";
                String debt = reports ? decimal(15 + optional.nextDouble() * 75) : "";
                String equity = reports ? decimal(optional.nextDouble() < 0.8 ? 0 : optional.nextDouble() * 10_000) : "";
                out.row(uscc[e], name(e, d), districtCodes.get(d), SCALES[s],
                        Integer.toString(1985 + random.nextInt(41)), decimal(revenue), decimal(random.nextDouble() * 15),
                        Integer.toString(employees), decimal(-10 + random.nextDouble() * 60), decimal(-10 + random.nextDouble() * 50),
                        Boolean.toString(listed), String.join("|", capabilities), ip, mainBusiness, debt, equity);
                if ((e + 1) % 250_000 == 0) {
                    progress.accept(String.format("  enterprises.csv      %,10d rows so far", e + 1));
                }
            }
        }
    }

    private static String usccFor(String districtCode, int serial) {
        // 9 = registered by the market regulator, 1 = enterprise; then the district; then a unique body.
        var first17 = new StringBuilder(17).append("91").append(districtCode);
        long value = serial;
        char[] body = new char[9];
        for (int i = 8; i >= 0; i--) {
            body[i] = Uscc.ALPHABET.charAt((int) (value % 31));
            value /= 31;
        }
        first17.append(body);
        return first17.append(Uscc.checkCharacter(first17.toString())).toString();
    }

    private String name(int e, int d) {
        String city = CITIES[cityCodes.indexOf(districtCity.get(d))];
        return city + BRAND[random.nextInt(BRAND.length)] + BRAND[random.nextInt(BRAND.length)]
                + FORM[random.nextInt(FORM.length)] + "（生成" + (e + 1) + "）";
    }

    // ---------------------------------------------------------------- designations

    private void designations(Path directory, Writer.Sink sink) throws IOException {
        try (var out = new Writer(directory, "designations.csv", "uscc,designation,level,year,expires,region_code", sink)) {
            for (int e = 0; e < uscc.length; e++) {
                int s = scale[e];
                String city = districtCity.get(district[e]);
                double r = random.nextDouble();
                if (s < 3) {
                    // SME ladder: about 34 : 8 : 1 (创新型 : 专精特新 : 小巨人), each step also holding the ones below.
                    double innovative = s == 0 ? 0.16 : 0.30;
                    if (r < innovative) {
                        // Award years leave room for each next step by 2025: 创新型 ≤ 2023, 专精特新 ≤ 2024, 小巨人 ≤ 2025.
                        int year = 2019 + random.nextInt(5);
                        out.row(uscc[e], "INNOVATIVE_SME", "PROVINCIAL", Integer.toString(year), Integer.toString(year + 3), PROVINCE);
                        double up = random.nextDouble();
                        if (up < 8.0 / 34) {
                            int specialized = year + 1 + random.nextInt(2024 - year);
                            out.row(uscc[e], "SPECIALIZED_SME", "PROVINCIAL", Integer.toString(specialized),
                                    Integer.toString(specialized + 3), PROVINCE);
                            if (up < 1.0 / 34) {
                                int giant = specialized + 1 + random.nextInt(2025 - specialized);
                                out.row(uscc[e], "LITTLE_GIANT", "NATIONAL", Integer.toString(giant), Integer.toString(giant + 3), "");
                            } else if (up < 1.6 / 34) {
                                out.row(uscc[e], "KEY_SPECIALIZED_SME", "PROVINCIAL", Integer.toString(specialized), "", PROVINCE);
                            }
                        }
                    }
                } else if (r < 0.04) {
                    out.row(uscc[e], "SINGLE_CHAMPION", "NATIONAL", Integer.toString(2019 + random.nextInt(7)), "", "");
                } else if (r < 0.07) {
                    out.row(uscc[e], "HIDDEN_CHAMPION", "PROVINCIAL", Integer.toString(2019 + random.nextInt(7)), "", PROVINCE);
                }
                // High-growth ladder: potential gazelles ≫ gazelles ≫ potential unicorns ≫ unicorns.
                double g = random.nextDouble();
                if (g < 0.03) {
                    String level = "MUNICIPAL";
                    String designation = g < 0.00005 ? "UNICORN" : g < 0.0005 ? "POTENTIAL_UNICORN" : g < 0.01 ? "GAZELLE" : "POTENTIAL_GAZELLE";
                    int year = 2022 + random.nextInt(4);
                    out.row(uscc[e], designation, level, Integer.toString(year), Integer.toString(year + 2), city);
                }
                // Scale ladder: every medium and large firm and a third of the small ones are above scale.
                if (s >= 2 || (s == 1 && random.nextDouble() < 0.33)) {
                    out.row(uscc[e], "ABOVE_SCALE", "MUNICIPAL", Integer.toString(2010 + random.nextInt(15)), "", city);
                }
                if (s == 3 && random.nextDouble() < 0.05) {
                    out.row(uscc[e], "EAGLE", "MUNICIPAL", Integer.toString(2023 + random.nextInt(3)), "", city);
                }
            }
        }
    }

    // ---------------------------------------------------------------- operations and supplies

    private void operations(Path directory, Writer.Sink sink) throws IOException {
        try (var out = new Writer(directory, "operations.csv", "uscc,segment_id,main_product", sink)) {
            for (int e = 0; e < uscc.length; e++) {
                out.row(uscc[e], segmentIds.get(mainSegment[e]), "主营产品" + (1 + random.nextInt(9)));
                if (secondSegment[e] >= 0) {
                    out.row(uscc[e], segmentIds.get(secondSegment[e]), "");
                }
            }
        }
    }

    private void supplies(Path directory, Writer.Sink sink) throws IOException {
        try (var out = new Writer(directory, "supplies.csv", "supplier_uscc,customer_uscc,segment_id,since,qualified", sink)) {
            // Customers are mostly large and medium firms; suppliers operate in segments feeding theirs.
            for (int customer = 0; customer < uscc.length; customer++) {
                int s = scale[customer];
                int suppliers = s == 3 ? 8 + random.nextInt(25) : s == 2 ? 2 + random.nextInt(6) : random.nextDouble() < 0.08 ? 1 : 0;
                var seen = new HashSet<Long>();
                List<Integer> upstream = upstreamOf(mainSegment[customer]);
                for (int k = 0; k < suppliers && !upstream.isEmpty(); k++) {
                    int segment = upstream.get(random.nextInt(upstream.size()));
                    List<Integer> operators = operatorsBySegment.get(segment);
                    if (operators.isEmpty()) {
                        continue;
                    }
                    int supplier = operators.get(random.nextInt(operators.size()));
                    if (supplier == customer || !seen.add(((long) supplier << 20) ^ segment)) {
                        continue;
                    }
                    out.row(uscc[supplier], uscc[customer], segmentIds.get(segment), Integer.toString(2012 + random.nextInt(14)),
                            Boolean.toString(random.nextDouble() < 0.6));
                }
            }
        }
    }

    private List<Integer> upstreamOf(int segment) {
        var upstream = new ArrayList<Integer>();
        for (int candidate : chainSegments.get(segmentChain.get(segment))) {
            if (feedsInto.get(candidate).contains(segment)) {
                upstream.add(candidate);
            }
        }
        return upstream;
    }

    // ---------------------------------------------------------------- leaders, clusters, challenges, events

    private final List<Integer> leaderFirms = new ArrayList<>();

    private void leaders(Path directory, Writer.Sink sink) throws IOException {
        try (var out = new Writer(directory, "leaders.csv", "uscc,chain_id,region_code", sink)) {
            for (int c = 0; c < spec.chains(); c++) {
                var large = new ArrayList<Integer>();
                for (int segment : chainSegments.get(c)) {
                    if (segmentLayer.get(segment) > 0) {
                        large.addAll(largeBySegment.get(segment));
                    }
                }
                // Three to eight leaders a chain, each for its city (or the province for the first).
                int count = Math.min(large.size(), 3 + random.nextInt(6));
                var chosen = new LinkedHashSet<Integer>();
                while (chosen.size() < count) {
                    chosen.add(large.get(random.nextInt(large.size())));
                }
                boolean first = true;
                for (int e : chosen) {
                    leaderFirms.add(e);
                    out.row(uscc[e], chainId(c), first ? PROVINCE : districtCity.get(district[e]));
                    first = false;
                }
            }
        }
    }

    private void clusters(Path directory, Writer.Sink sink) throws IOException {
        int count = Math.max(3, uscc.length / 2_000);
        String[] types = {"ADVANCED_MANUFACTURING", "SME_SPECIALTY", "SRDI_PARK", "INNOVATION_COMPLEX"};
        String[] levels = {"NATIONAL", "PROVINCIAL", "MUNICIPAL"};
        try (var clustersOut = new Writer(directory, "clusters.csv", "id,name,type,level,region_code,chain_ids", sink);
             var membersOut = new Writer(directory, "memberships.csv", "cluster_id,uscc,since,role", sink)) {
            for (int k = 0; k < count; k++) {
                int d = pick(districtWeights);
                int c = random.nextInt(spec.chains());
                String id = "gen-cluster-" + (k + 1);
                clustersOut.row(id, CITIES[cityCodes.indexOf(districtCity.get(d))] + CHAIN_THEMES[c % CHAIN_THEMES.length] + "产业集群" + (k + 1) + "（生成）",
                        types[random.nextInt(types.length)], levels[random.nextInt(levels.length)], districtCodes.get(d), chainId(c));
                List<Integer> residents = firmsByDistrict.get(d);
                int members = Math.min(residents.size(), 20 + random.nextInt(180));
                var chosen = new LinkedHashSet<Integer>();
                for (int tries = 0; chosen.size() < members && tries < members * 3; tries++) {
                    chosen.add(residents.get(random.nextInt(residents.size())));
                }
                for (int e : chosen) {
                    membersOut.row(id, uscc[e], Integer.toString(2015 + random.nextInt(11)), scale[e] == 3 ? "ANCHOR" : "MEMBER");
                }
            }
        }
    }

    private void challenges(Path directory, Writer.Sink sink) throws IOException {
        int count = Math.max(2, uscc.length / 1_000);
        String[] statuses = {"OPEN", "OPEN", "OPEN", "AWARDED", "CLOSED"};
        try (var challengesOut = new Writer(directory, "challenges.csv", "id,title,issuer_uscc,segment_id,capabilities,budget,deadline,status", sink);
             var bidsOut = new Writer(directory, "bids.csv", "challenge_id,uscc,submitted,outcome", sink)) {
            for (int k = 0; k < count; k++) {
                int issuer = leaderFirms.get(random.nextInt(leaderFirms.size()));
                List<Integer> upstream = upstreamOf(mainSegment[issuer]);
                int segment = upstream.isEmpty() ? mainSegment[issuer] : upstream.get(random.nextInt(upstream.size()));
                String status = statuses[random.nextInt(statuses.length)];
                String id = "gen-ch-" + (k + 1);
                String[] caps = segmentCapabilities.get(segment);
                challengesOut.row(id, "揭榜挂帅攻关任务" + (k + 1) + "（生成）", uscc[issuer], segmentIds.get(segment), caps[0],
                        Integer.toString(100 + random.nextInt(5_000)), String.format("2027-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)), status);
                List<Integer> operators = operatorsBySegment.get(segment);
                int bids = Math.min(operators.size(), 2 + random.nextInt(6));
                var chosen = new LinkedHashSet<Integer>();
                for (int tries = 0; chosen.size() < bids && tries < bids * 3; tries++) {
                    int bidder = operators.get(random.nextInt(operators.size()));
                    if (bidder != issuer) {
                        chosen.add(bidder);
                    }
                }
                boolean first = true;
                for (int e : chosen) {
                    String outcome = "AWARDED".equals(status) ? (first ? "WON" : "LOST") : "PENDING";
                    bidsOut.row(id, uscc[e], String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)), outcome);
                    first = false;
                }
            }
        }
    }

    private void events(Path directory, Writer.Sink sink) throws IOException {
        int count = Math.max(2, uscc.length / 5_000);
        try (var eventsOut = new Writer(directory, "events.csv", "id,name,date,region_code,chain_id,theme", sink);
             var attendanceOut = new Writer(directory, "attendance.csv", "event_id,uscc,side", sink)) {
            for (int k = 0; k < count; k++) {
                int c = random.nextInt(spec.chains());
                String city = cityCodes.get(random.nextInt(cityCodes.size()));
                String id = "gen-ev-" + (k + 1);
                eventsOut.row(id, "大中小企业融通对接会" + (k + 1) + "（生成）", String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        city, chainId(c), CHAIN_THEMES[c % CHAIN_THEMES.length] + "供需对接");
                var demand = new LinkedHashSet<Integer>();
                var supply = new LinkedHashSet<Integer>();
                for (int segment : chainSegments.get(c)) {
                    for (int e : largeBySegment.get(segment)) {
                        if (demand.size() < 5 && random.nextDouble() < 0.3) {
                            demand.add(e);
                        }
                    }
                }
                int[] segments = chainSegments.get(c);
                for (int tries = 0; supply.size() < 25 && tries < 200; tries++) {
                    List<Integer> operators = operatorsBySegment.get(segments[random.nextInt(segments.length)]);
                    if (!operators.isEmpty()) {
                        int e = operators.get(random.nextInt(operators.size()));
                        if (scale[e] < 3 && !demand.contains(e)) {
                            supply.add(e);
                        }
                    }
                }
                for (int e : demand) {
                    attendanceOut.row(id, uscc[e], "DEMAND");
                }
                for (int e : supply) {
                    attendanceOut.row(id, uscc[e], "SUPPLY");
                }
            }
        }
    }

    private void targetsAndIncentives(Path directory, Writer.Sink sink) throws IOException {
        // Synthetic programme figures scaled to the register: not taken from any policy text.
        int n = uscc.length;
        String source = "生成数据（chaingraph generate），非政策文件";
        try (var out = new Writer(directory, "targets.csv", "region_code,designation,year,count,level,basis,base_year,source", sink)) {
            out.row(PROVINCE, "INNOVATIVE_SME", "2027", Integer.toString(n / 4), "", "CUMULATIVE", "", source);
            out.row(PROVINCE, "SPECIALIZED_SME", "2027", Integer.toString(n / 16), "", "CUMULATIVE", "", source);
            out.row(PROVINCE, "LITTLE_GIANT", "2027", Integer.toString(Math.max(1, n / 200)), "NATIONAL", "NEW", "2025", source);
            out.row(PROVINCE, "GAZELLE", "2027", Integer.toString(Math.max(1, n / 80)), "", "CUMULATIVE", "", source);
            for (String city : cityCodes) {
                out.row(city, "SPECIALIZED_SME", "2027", Integer.toString(Math.max(1, n / 150)), "", "CUMULATIVE", "", source);
            }
        }
        try (var out = new Writer(directory, "incentives.csv", "id,region_code,designation,trigger,amount,level,exclusive_group,source", sink)) {
            out.row("gen-giant-first", PROVINCE, "LITTLE_GIANT", "FIRST_AWARD", "100", "NATIONAL", "gen-sme", source);
            out.row("gen-specialized-first", PROVINCE, "SPECIALIZED_SME", "FIRST_AWARD", "30", "PROVINCIAL", "gen-sme", source);
            out.row("gen-gazelle-first", PROVINCE, "GAZELLE", "FIRST_AWARD", "50", "", "", source);
            out.row("gen-giant-renewal", PROVINCE, "LITTLE_GIANT", "RENEWAL", "20", "NATIONAL", "", source);
            for (String city : cityCodes) {
                out.row("gen-above-scale-" + city, city, "ABOVE_SCALE", "RETAINED", "10", "", "", source);
            }
        }
        // Segment priorities: the province plays down the first (raw-material) segment of each chain, each city
        // stresses one segment of its own; deterministic, so both import paths write the same relationships.
        try (var out = new Writer(directory, "segment_priorities.csv", "region_code,segment_id,weight,reason,source", sink)) {
            for (int c = 0; c < chainSegments.size(); c++) {
                out.row(PROVINCE, segmentIds.get(chainSegments.get(c)[0]), "0.5", "资源禀赋不足（生成）", source);
            }
            for (int k = 0; k < cityCodes.size(); k++) {
                int[] chain = chainSegments.get(k % chainSegments.size());
                out.row(cityCodes.get(k), segmentIds.get(chain[(k + 1) % chain.length]), "1.5", "本市重点（生成）", source);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String chainId(int c) {
        return "gen-c" + (c + 1);
    }

    private int[] shuffled(int size) {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }

    private int pick(double[] cumulative) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    private static String decimal(double value) {
        return Double.toString(Math.round(value * 10) / 10.0);
    }
}
