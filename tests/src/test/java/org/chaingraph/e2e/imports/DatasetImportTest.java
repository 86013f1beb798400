package org.chaingraph.e2e.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chaingraph.imports.ImportReport;
import org.junit.jupiter.api.Test;

/** Importing datasets (docs/contracts.md §3) into a real embedded Neo4j: what is written, what is refused. */
class DatasetImportTest extends ImportStoreTest {

    private ImportReport importing(Datasets dataset) {
        return importer.importDirectory(dataset.path(), message -> { });
    }

    @Test
    void writesEveryFileOfAValidDataset() {
        ImportReport report = importing(Datasets.copyOfBase());

        assertThat(report.errors()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.rowsPerFile()).hasSize(17).containsEntry("enterprises.csv", 4).containsEntry("regions.csv", 5);
        List<String> graphLines = GraphSnapshot.of(graph);
        assertThat(graphLines).contains(
                "Enterprise:91310115MA1K000016 -[HOLDS {expires=2027, level=NATIONAL, region=null, year=2024}]-> Designation:LITTLE_GIANT"
                        .replace("region=null, ", ""),
                "Segment:ic-adv-pkg -[PART_OF {}]-> Segment:ic-pkg",
                "Region:310115 -[PART_OF {}]-> Region:310000",
                "Enterprise:91310115MA1K000016 -[SUPPLIES {qualified=true, segment=ic-resist, since=2021}]-> Enterprise:91310115MA1K000029",
                "Region:500000 -[SETS {}]-> Target:500000:LITTLE_GIANT:2027:NATIONAL:NEW",
                "[Target] {alsoDesignations=[POTENTIAL_UNICORN, UNICORN], basis=CUMULATIVE, count=300, designation=GAZELLE, "
                        + "id=310000:GAZELLE:2027:ANY:CUMULATIVE, kind=DESIGNATION, source=上海市促进高成长企业加快发展三年行动方案（2025—2027年）, status=DRAFT, year=2027}",
                "Enterprise:91310115MA1K000029 -[LEADS {region=310000}]-> Chain:ic",
                "Enterprise:91310112MA1K000031 -[HAS_CAPABILITY {}]-> Capability:晶圆级封装");
        assertThat(graphLines).contains(
                "[Enterprise] {employees=18, founded=2021, growth=40.0, listed=false, name=重庆渝芯材料有限公司, rdRatio=9.0, regionCode=500112, revenue=600.0, scale=MICRO, uscc=91500112MA1K00004D}");
        assertThat(graphLines).anySatisfy(line -> assertThat(line)
                .contains("-[BIDS_ON {outcome=PENDING, submitted=2026-03-01}]-> Challenge:ch-1"));
    }

    @Test
    void importingTheSameDatasetTwiceLeavesTheGraphUnchanged() {
        importing(Datasets.copyOfBase());
        List<String> once = GraphSnapshot.of(graph);

        ImportReport again = importing(Datasets.copyOfBase());

        assertThat(again.ok()).isTrue();
        assertThat(GraphSnapshot.of(graph)).isEqualTo(once);
    }

    @Test
    void reimportingAChangedRowReplacesItsValuesAndRelations() {
        importing(Datasets.copyOfBase());

        importing(Datasets.copyOfBase()
                .replace("enterprises.csv", "310112,MEDIUM,2012,56000,4.2,800,12.0,-3.0,false,封装工艺|晶圆级封装",
                        "500112,MEDIUM,2012,56000,,800,12.0,-3.0,false,封装工艺"));

        List<String> lines = GraphSnapshot.of(graph);
        assertThat(lines).contains("Enterprise:91310112MA1K000031 -[LOCATED_IN {}]-> Region:500112")
                .doesNotContain("Enterprise:91310112MA1K000031 -[LOCATED_IN {}]-> Region:310112",
                        "Enterprise:91310112MA1K000031 -[HAS_CAPABILITY {}]-> Capability:晶圆级封装");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("name=上海闵芯封测科技有限公司").doesNotContain("rdRatio"));
    }

    @Test
    void aDatasetWithOneBadRowWritesNothing() {
        importing(Datasets.copyOfBase());
        List<String> before = GraphSnapshot.of(graph);

        ImportReport report = importing(Datasets.copyOfBase()
                .append("regions.csv", "320000,江苏省,PROVINCE,")
                .append("operations.csv", "91310115MA1K000016,no-such-segment,光刻胶"));

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).containsExactly(
                "operations.csv:6: segment_id: unknown segments id 'no-such-segment' (not in segments.csv nor in the store)");
        assertThat(GraphSnapshot.of(graph)).isEqualTo(before);
    }

    @Test
    void reportsEachKindOfBadValueWithFileLineAndColumn() {
        var dataset = Datasets.copyOfBase()
                .replace("enterprises.csv", "91310115MA1K000016,上海芯澜", "91310115MA1K000017,上海芯澜")
                .replace("enterprises.csv", "SMALL,2016,8200,7.5,120", "TINY,20x6,8200,7.5,120")
                .replace("enterprises.csv", "LARGE,2005,920000,12.1,5200", "LARGE,2005,lots,112.1,5200")
                .replace("segments.csv", "MIDSTREAM,true", "MIDSTREAM,yes")
                .replace("challenges.csv", "2027-06-30", "2027/06/30")
                .replace("designations.csv", "NATIONAL,2024,2027", "NATIONAL,2024,2021")
                .replace("chains.csv", "ic,集成电路", "ic,")
                .replace("targets.csv", "POTENTIAL_UNICORN|UNICORN,DRAFT", "POTENTIAL_UNICORN|UNICORNS,DRAFTED");

        ImportReport report = importer.importDirectory(dataset.path(), message -> { });

        assertThat(report.ok()).isFalse();
        assertThat(allErrors(dataset)).contains(
                "chains.csv:2: name: required value is empty",
                "segments.csv:3: critical: 'yes' is not a boolean (true or false)",
                "enterprises.csv:2: uscc: invalid USCC '91310115MA1K000017': check character is '7', expected '6'",
                "enterprises.csv:2: scale: 'TINY' is not one of MICRO, SMALL, MEDIUM, LARGE",
                "enterprises.csv:2: founded: '20x6' is not a year",
                "enterprises.csv:3: revenue: 'lots' is not a number",
                "designations.csv:4: expires: expires 2021 is before the award year 2024",
                "challenges.csv:2: deadline: '2027/06/30' is not an ISO date (YYYY-MM-DD)",
                "targets.csv:2: also_designations: item 'UNICORNS' is not one of " + String.join(", ", org.chaingraph.enterprises.Designation.names()),
                "targets.csv:2: status: 'DRAFTED' is not one of FINAL, DRAFT");
    }

    @Test
    void eachKindOfTargetSaysWhatItNeedsAndWhatItMustLeaveBlank() {
        var dataset = Datasets.copyOfBase().write("targets.csv", String.join("\n",
                "region_code,designation,year,count,level,basis,base_year,source,also_designations,status,kind,min_revenue,cluster_type,min_level",
                "310000,,2027,40,,CUMULATIVE,,s,,,REVENUE_TIER,,,",
                "310000,,2027,15,,NEW,2025,s,,,CHAIN_LEADERS,,,",
                "310000,GAZELLE,2027,4,,CUMULATIVE,,s,,,CLUSTERS,,SRDI_PARK,",
                "310000,,2027,4,,CUMULATIVE,,s,,,,,,",
                "310000,GAZELLE,2027,4,,CUMULATIVE,,s,,,,,SRDI_PARK,",
                "310000,,2027,4,PROVINCIAL,CUMULATIVE,,s,,,CLUSTERS,,SME_SPECIALTY,NATIONAL",
                "310000,,2027,4,,CUMULATIVE,,s,,,PARKS,,,",
                "310000,,2027,40,,CUMULATIVE,,s,,,REVENUE_TIER,1000000,,",
                "310000,,2027,12,,CUMULATIVE,,s,,,CLUSTERS,,SME_SPECIALTY,PROVINCIAL") + "\n");

        assertThat(allErrors(dataset)).containsExactlyInAnyOrder(
                "targets.csv:2: min_revenue: is required for a target of kind REVENUE_TIER (万元, e.g. 1000000 for 百亿级)",
                "targets.csv:3: basis: must be CUMULATIVE for a target of kind CHAIN_LEADERS: the dataset records no year for chain leaders, clusters or revenue tiers",
                "targets.csv:4: designation: must be blank for a target of kind CLUSTERS",
                "targets.csv:5: designation: is required for a target of kind DESIGNATION",
                "targets.csv:6: cluster_type: is only for a target of kind CLUSTERS",
                "targets.csv:7: min_level: give level (exactly) or min_level (that level or above), not both",
                "targets.csv:8: kind: 'PARKS' is not one of DESIGNATION, CHAIN_LEADERS, REVENUE_TIER, CLUSTERS");
    }

    @Test
    void reportsMissingRequiredColumnsDuplicateKeysAndBidsByTheIssuer() {
        var dataset = Datasets.copyOfBase()
                .write("leaders.csv", "uscc,chain\n91310115MA1K000029,ic\n")
                .append("chains.csv", "ic,集成电路（重复）,,")
                .append("segment_flows.csv", "ic-fab,ic-fab")
                .append("bids.csv", "ch-1,91310115MA1K000029,2026-03-02,PENDING");

        assertThat(allErrors(dataset)).containsExactlyInAnyOrder(
                "chains.csv:3: id: duplicate key [ic] (first at line 2)",
                "segment_flows.csv:4: to_segment: a segment cannot feed itself",
                "leaders.csv:1: chain_id: required column is missing",
                "leaders.csv:1: region_code: required column is missing",
                "bids.csv:3: uscc: the issuer of challenge 'ch-1' cannot bid on it");
    }

    @Test
    void listsTheFirstErrorsAndCountsTheRest() {
        var dataset = Datasets.copyOfBase();
        for (int i = 0; i < 62; i++) {
            dataset.append("operations.csv", "91310115MA1K000016,missing-" + i + ",x");
        }

        ImportReport report = importing(dataset);

        assertThat(report.errors()).hasSize(50);
        assertThat(report.errorCount()).isEqualTo(62);
        var printed = new java.io.ByteArrayOutputStream();
        report.print(System.out, new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("... and 12 more errors (62 in all)")
                .contains("refused: 62 errors; nothing was written.");
    }

    @Test
    void referencesMayPointAtNodesAlreadyInTheStore() {
        importing(Datasets.copyOfBase());

        var increment = Datasets.empty()
                .write("enterprises.csv", "uscc,name,region_code,scale\n91330402MA1K00005F,嘉兴光合新能源有限公司,310112,SMALL\n")
                .write("operations.csv", "uscc,segment_id\n91330402MA1K00005F,ic-pkg\n");

        ImportReport report = importing(increment);

        assertThat(report.errors()).isEmpty();
        assertThat(GraphSnapshot.of(graph)).contains("Enterprise:91330402MA1K00005F -[OPERATES_IN {}]-> Segment:ic-pkg");
    }

    @Test
    void anEmptyDirectoryIsAValidEmptyDataset() {
        ImportReport report = importing(Datasets.empty());

        assertThat(report.ok()).isTrue();
        assertThat(report.totalRows()).isZero();
        assertThat(GraphSnapshot.of(graph)).isEmpty();
    }

    @Test
    void aMissingDirectoryIsRefused() {
        ImportReport report = importer.importDirectory(java.nio.file.Path.of("no/such/dataset"), message -> { });

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).containsExactly("no/such/dataset:0: -: is not a directory");
    }

    @Test
    void acceptsAByteOrderMarkQuotedCellsAndUnknownColumns() {
        var dataset = Datasets.copyOfBase()
                .writeBytes("chains.csv", ("\uFEFFid,name,name_en,description,remark\n"
                        + "ic,集成电路,Integrated circuits,\"设计, 制造\n与封测\",ignored\n").getBytes(StandardCharsets.UTF_8));

        ImportReport report = importing(dataset);

        assertThat(report.errors()).isEmpty();
        assertThat(GraphSnapshot.of(graph)).anySatisfy(line -> assertThat(line)
                .isEqualTo("[Chain] {description=设计, 制造\n与封测, id=ic, name=集成电路, nameEn=Integrated circuits}"));
    }

    @Test
    void readsAFileSavedInGbkAndStillRefusesAStrayBadByteInAUtf8File() {
        // What Excel saves as CSV on a Chinese Windows: GBK bytes, read as GB18030.
        var gbk = Datasets.copyOfBase()
                .writeBytes("chains.csv", "id,name\nic,集成电路\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(importing(gbk).errors()).isEmpty();
        assertThat(GraphSnapshot.of(graph)).anySatisfy(line -> assertThat(line).startsWith("[Chain]").contains("id=ic, name=集成电路"));

        // A UTF-8 file with one bad byte is not taken for GBK: the byte is reported on its row.
        byte[] utf8 = "id,name\nic,集成电路\nmed,医疗器械\n".getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length - 3] = (byte) 0xFF;
        assertThat(allErrors(Datasets.copyOfBase().writeBytes("chains.csv", utf8)))
                .singleElement().asString().startsWith("chains.csv:3: name: not valid UTF-8");
    }

    @Test
    void reportsProgressForLargeFiles() {
        var dataset = Datasets.copyOfBase();
        var rows = new StringBuilder(dataset.read("operations.csv"));
        // 45,000 rows referencing one enterprise: long enough to cross the progress interval twice.
        for (int i = 0; i < 45_000; i++) {
            rows.append("91310115MA1K000016,bulk-").append(i).append(",x\n");
        }
        var segments = new StringBuilder(dataset.read("segments.csv"));
        for (int i = 0; i < 45_000; i++) {
            segments.append("bulk-").append(i).append(",ic,批量环节").append(i).append(",UPSTREAM,false,,\n");
        }
        dataset.write("operations.csv", rows.toString()).write("segments.csv", segments.toString());
        var messages = new ArrayList<String>();

        ImportReport report = importer.importDirectory(dataset.path(), messages::add);

        assertThat(report.errors()).isEmpty();
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("  segments.csv: 20000 / 45004 rows (").contains("rows/s, ETA"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("  segments.csv: 40000 / 45004 rows ("));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("  operations.csv: 45004 rows written in "));
    }

    /** Every error of a dataset, imported with a cap high enough to see them all. */
    private List<String> allErrors(Datasets dataset) {
        ImportReport report = importing(dataset);
        assertThat(report.ok()).isFalse();
        assertThat(report.errorCount()).as("errors beyond the cap: " + report.errors()).isLessThanOrEqualTo(report.errors().size());
        return report.errors();
    }
}
