package org.chaingraph.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese name of every dataset column (the data dictionary of docs/importing.md), which a
 * header may use instead of the English one: offices keep their registers in Excel with Chinese
 * headers. Names are per file, since one English name can mean different things in two files
 * ({@code level} of a region is 行政级别, of an award 认定级别). A few common synonyms are accepted too.
 */
final class ColumnNames {

    private static final Map<DatasetFile, Map<String, String>> CHINESE = new HashMap<>();
    /** Per file: a Chinese name or synonym → the English column name. */
    private static final Map<DatasetFile, Map<String, String>> ENGLISH = new HashMap<>();
    /** Sheet names a workbook may use for a file, besides the file's own name without {@code .csv}. */
    private static final Map<String, DatasetFile> SHEETS = new HashMap<>();

    static {
        file(DatasetFile.REGIONS, "地区", "code", "地区代码", "name", "地区名称", "level", "行政级别", "parent_code", "上级地区代码");
        file(DatasetFile.CHAINS, "产业链", "id", "产业链编号", "name", "产业链名称", "name_en", "英文名称", "description", "说明");
        file(DatasetFile.SEGMENTS, "环节", "id", "环节编号", "chain_id", "产业链编号", "name", "环节名称", "stage", "上中下游",
                "critical", "是否关键环节", "capabilities", "所需能力", "parent_id", "上级环节编号");
        file(DatasetFile.SEGMENT_FLOWS, "环节关系", "from_segment", "上游环节编号", "to_segment", "下游环节编号", "kind", "关系类型");
        file(DatasetFile.ENTERPRISES, "企业", "uscc", "统一社会信用代码", "name", "企业名称", "region_code", "地区代码", "scale", "企业规模",
                "founded", "成立年份", "revenue", "营业收入", "rd_ratio", "研发投入占比", "employees", "从业人数", "growth", "营业收入增长率",
                "growth_prev", "上年营业收入增长率", "listed", "是否上市", "capabilities", "能力", "ip_class1", "Ⅰ类知识产权数",
                "main_business_ratio", "主营业务收入占比", "debt_ratio", "资产负债率", "equity_financing_2y", "近两年股权融资");
        file(DatasetFile.DESIGNATIONS, "认定", "uscc", "统一社会信用代码", "designation", "认定类型", "level", "认定级别", "year", "认定年份",
                "expires", "有效期至", "region_code", "认定地区代码");
        file(DatasetFile.OPERATIONS, "经营环节", "uscc", "统一社会信用代码", "segment_id", "环节编号", "main_product", "主营产品");
        file(DatasetFile.SUPPLIES, "供应关系", "supplier_uscc", "供应商统一社会信用代码", "customer_uscc", "客户统一社会信用代码",
                "segment_id", "环节编号", "since", "起始年份", "qualified", "是否合格供应商");
        file(DatasetFile.LEADERS, "链主", "uscc", "统一社会信用代码", "chain_id", "产业链编号", "region_code", "地区代码");
        file(DatasetFile.CLUSTERS, "集群", "id", "集群编号", "name", "集群名称", "type", "集群类型", "level", "级别", "region_code", "地区代码",
                "chain_ids", "产业链编号");
        file(DatasetFile.MEMBERSHIPS, "集群成员", "cluster_id", "集群编号", "uscc", "统一社会信用代码", "since", "加入年份", "role", "角色");
        file(DatasetFile.CHALLENGES, "榜单", "id", "榜单编号", "title", "榜单名称", "issuer_uscc", "发榜企业统一社会信用代码",
                "segment_id", "环节编号", "capabilities", "所需能力", "budget", "预算", "deadline", "截止日期", "status", "状态");
        file(DatasetFile.BIDS, "揭榜", "challenge_id", "榜单编号", "uscc", "统一社会信用代码", "submitted", "揭榜日期", "outcome", "结果");
        file(DatasetFile.EVENTS, "对接活动", "id", "活动编号", "name", "活动名称", "date", "日期", "region_code", "地区代码",
                "chain_id", "产业链编号", "theme", "主题");
        file(DatasetFile.ATTENDANCE, "参会企业", "event_id", "活动编号", "uscc", "统一社会信用代码", "side", "供需方");
        file(DatasetFile.TARGETS, "目标", "region_code", "地区代码", "designation", "认定类型", "year", "目标年份", "count", "目标数量",
                "level", "认定级别", "basis", "口径", "base_year", "基准年份", "source", "来源", "also_designations", "同时计入的认定类型",
                "status", "文件状态", "kind", "目标类型", "min_revenue", "营业收入下限", "cluster_type", "集群类型", "min_level", "最低级别");
        file(DatasetFile.INCENTIVES, "奖补", "id", "奖补编号", "region_code", "地区代码", "designation", "认定类型", "trigger", "触发条件",
                "amount", "金额", "level", "认定级别", "exclusive_group", "不重复享受组", "source", "来源", "name", "奖补名称");
        file(DatasetFile.SEGMENT_PRIORITIES, "环节优先级", "region_code", "地区代码", "segment_id", "环节编号", "weight", "权重",
                "reason", "原因", "source", "来源");
        synonyms("uscc", "信用代码", "社会信用代码", "统一代码");
        synonyms("name", "名称");
        synonyms("region_code", "行政区划代码", "区划代码");
    }

    private ColumnNames() {
    }

    /** The Chinese name of {@code column} of {@code file} (the English name if it has none). */
    static String chinese(DatasetFile file, String column) {
        return CHINESE.getOrDefault(file, Map.of()).getOrDefault(column, column);
    }

    /**
     * The English column name a header cell stands for: itself when it is one of the file's columns
     * (or no known name at all), else the column whose Chinese name or synonym it is.
     */
    static String english(DatasetFile file, String header, List<Column> columns) {
        if (header == null || columns.stream().anyMatch(c -> c.name().equals(header))) {
            return header;
        }
        String english = ENGLISH.getOrDefault(file, Map.of()).get(header.strip());
        return english != null && columns.stream().anyMatch(c -> c.name().equals(english)) ? english : header;
    }

    /** The dataset file a workbook sheet holds: named like the file without {@code .csv}, or by its Chinese name. */
    static Optional<DatasetFile> sheet(String name) {
        String trimmed = name.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        DatasetFile file = DatasetFile.named(lower.endsWith(".csv") ? lower : lower + ".csv");
        return Optional.ofNullable(file != null ? file : SHEETS.get(trimmed));
    }

    /** The Chinese name of a file's sheet (地区, 企业, 认定…). */
    static String chineseSheet(DatasetFile file) {
        return SHEETS.entrySet().stream().filter(e -> e.getValue() == file).map(Map.Entry::getKey).findFirst().orElse(file.file);
    }

    private static void file(DatasetFile file, String sheet, String... englishThenChinese) {
        SHEETS.put(sheet, file);
        var chinese = new HashMap<String, String>();
        var english = new HashMap<String, String>();
        for (int i = 0; i < englishThenChinese.length; i += 2) {
            chinese.put(englishThenChinese[i], englishThenChinese[i + 1]);
            english.put(englishThenChinese[i + 1], englishThenChinese[i]);
        }
        CHINESE.put(file, chinese);
        ENGLISH.put(file, english);
    }

    private static void synonyms(String column, String... names) {
        ENGLISH.forEach((file, english) -> {
            if (CHINESE.get(file).containsKey(column)) {
                for (String name : names) {
                    english.putIfAbsent(name, column);
                }
            }
        });
    }
}
