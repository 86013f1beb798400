package org.chaingraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void formulaLeadingTextIsQuotedAndOtherTextKept() {
        assertThat(SpreadsheetText.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.cell("+86 公司")).isEqualTo("'+86 公司");
        assertThat(SpreadsheetText.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.cell("＝全角")).isEqualTo("'＝全角");
        assertThat(SpreadsheetText.cell("上海纬成存储技术有限公司")).isEqualTo("上海纬成存储技术有限公司");
        assertThat(SpreadsheetText.cell("A=B")).isEqualTo("A=B");
        assertThat(SpreadsheetText.cell("")).isEmpty();
        assertThat(SpreadsheetText.cell(null)).isNull();
    }
}
