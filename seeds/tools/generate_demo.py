#!/usr/bin/env python3
"""Generate the ChainGraph demo dataset (seeds/demo/).

Python 3.11, standard library only, deterministic: the same script always writes
byte-identical CSV files (fixed random seed, no dependence on the clock, on hash
ordering or on the platform).  The format is the contract in docs/contracts.md §3;
the policy figures (targets.csv, incentives.csv) follow docs/contracts.md §7 and the
policy documents.

    python3 seeds/tools/generate_demo.py            # (re)write seeds/demo/
    python3 seeds/tools/generate_demo.py --check    # exit 1 if seeds/demo/ differs
    python3 seeds/tools/generate_demo.py --out DIR  # write somewhere else
    python3 seeds/tools/generate_demo.py --report   # also print gaps / incentives

Hand-curated parts (regions, chains, segments, flows, leaders, clusters, challenges,
events, targets, incentives) are literal tables below; enterprises and their
relations are generated from a fixed seed.  Every enterprise is FICTIONAL.

Before anything is written the whole dataset is validated (references, keys, enums,
USCC check characters, ISO dates, the designation ladders, the deliberate gaps);
a failed check raises and nothing is written.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import io
import os
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

SEED = 20250822          # the date 渝经信中小〔2025〕38号 was signed; any fixed int would do
AS_OF = datetime.date(2026, 11, 22)   # the demo's "today": no bid is submitted after it
FIRST_YEAR, LAST_YEAR = 2019, 2026    # window of the SME-ladder / high-growth awards
CHECK_YEARS = (2025, 2026)            # the deliberate gaps must hold in both years

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "demo"

# --------------------------------------------------------------------------------------
# USCC (统一社会信用代码, GB 32100-2015) and organisation code (GB 11714-1997)
# --------------------------------------------------------------------------------------
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"          # 31 characters, no I O S V Z
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check_char(first17: str) -> str:
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code: str) -> bool:
    """The check an importer applies: 18 characters from the charset, check char 18."""
    return (len(code) == 18 and all(ch in USCC_CHARS for ch in code)
            and uscc_check_char(code[:17]) == code[17])


def org_code_check(body8: str) -> str:
    """GB 11714 check character of an 8-character organisation-code body."""
    def value(ch: str) -> int:
        return int(ch) if ch.isdigit() else ord(ch) - 55     # A=10 ... Z=35
    c = 11 - sum(value(ch) * w for ch, w in zip(body8, ORG_WEIGHTS)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


# --------------------------------------------------------------------------------------
# Regions (real 6-digit administrative codes; 320571 is the statistical code used for
# 苏州工业园区, which is not an administrative district)
# --------------------------------------------------------------------------------------
REGIONS = [
    # code, name, level, parent_code
    ("310000", "上海市", "PROVINCE", ""),
    ("310104", "徐汇区", "DISTRICT", "310000"),
    ("310112", "闵行区", "DISTRICT", "310000"),
    ("310114", "嘉定区", "DISTRICT", "310000"),
    ("310115", "浦东新区", "DISTRICT", "310000"),
    ("310117", "松江区", "DISTRICT", "310000"),
    ("310118", "青浦区", "DISTRICT", "310000"),
    ("500000", "重庆市", "PROVINCE", ""),
    ("500105", "江北区", "DISTRICT", "500000"),
    ("500106", "沙坪坝区", "DISTRICT", "500000"),
    ("500107", "九龙坡区", "DISTRICT", "500000"),
    ("500109", "北碚区", "DISTRICT", "500000"),
    ("500112", "渝北区", "DISTRICT", "500000"),
    ("500118", "永川区", "DISTRICT", "500000"),
    ("500120", "璧山区", "DISTRICT", "500000"),
    ("330000", "浙江省", "PROVINCE", ""),
    ("330400", "嘉兴市", "CITY", "330000"),
    ("330402", "南湖区", "DISTRICT", "330400"),
    ("330411", "秀洲区", "DISTRICT", "330400"),
    ("330421", "嘉善县", "DISTRICT", "330400"),
    ("330424", "海盐县", "DISTRICT", "330400"),
    ("330481", "海宁市", "DISTRICT", "330400"),
    ("330482", "平湖市", "DISTRICT", "330400"),
    ("330483", "桐乡市", "DISTRICT", "330400"),
    ("320000", "江苏省", "PROVINCE", ""),
    ("320200", "无锡市", "CITY", "320000"),
    ("320214", "新吴区", "DISTRICT", "320200"),
    ("320400", "常州市", "CITY", "320000"),
    ("320411", "新北区", "DISTRICT", "320400"),
    ("320500", "苏州市", "CITY", "320000"),
    ("320505", "虎丘区", "DISTRICT", "320500"),
    ("320571", "苏州工业园区", "DISTRICT", "320500"),
    ("610000", "陕西省", "PROVINCE", ""),
    ("610100", "西安市", "CITY", "610000"),
    ("610113", "雁塔区", "DISTRICT", "610100"),
    ("610116", "长安区", "DISTRICT", "610100"),
]
REGION_BY_CODE = {r[0]: r for r in REGIONS}
PROVINCE_KIND = {"31": "SH", "50": "CQ", "33": "JX", "32": "JS", "61": "SN"}


def region_kind(code: str) -> str:
    return PROVINCE_KIND[code[:2]]


def province_of(code: str) -> str:
    return code[:2] + "0000"


def city_of(code: str) -> str:
    """The awarding 'city' of a district: the municipality itself for 上海/重庆."""
    kind = region_kind(code)
    if kind in ("SH", "CQ"):
        return province_of(code)
    parent = REGION_BY_CODE[code][3]
    return parent if REGION_BY_CODE[code][2] == "DISTRICT" else code


def region_ancestors(code: str) -> list[str]:
    out = []
    while code:
        out.append(code)
        code = REGION_BY_CODE[code][3]
    return out


# Name prefixes an enterprise registered in a district would plausibly carry.
NAME_PREFIXES = {
    "310104": ["上海"], "310112": ["上海"], "310114": ["上海"], "310115": ["上海"],
    "310117": ["上海"], "310118": ["上海"],
    "500105": ["重庆"], "500106": ["重庆"], "500107": ["重庆"], "500109": ["重庆"],
    "500112": ["重庆"], "500118": ["重庆"], "500120": ["重庆"],
    "330402": ["嘉兴", "浙江"], "330411": ["嘉兴", "浙江"], "330421": ["嘉善", "浙江", "嘉兴"],
    "330424": ["海盐", "浙江"], "330481": ["海宁", "浙江"], "330482": ["平湖", "浙江"],
    "330483": ["桐乡", "浙江"],
    "320214": ["无锡", "江苏"], "320411": ["常州", "江苏"], "320505": ["苏州", "江苏"],
    "320571": ["苏州", "江苏"],
    "610113": ["西安", "陕西"], "610116": ["西安", "陕西"],
}
BRACKET_CITY = {"SH": "上海", "CQ": "重庆", "JX": "嘉兴", "JS": "苏州", "SN": "西安"}

# --------------------------------------------------------------------------------------
# Chains and segments
# --------------------------------------------------------------------------------------
CHAINS = [
    # id, name, name_en, description, home region
    ("sh-ic", "上海集成电路产业链", "Shanghai integrated circuits",
     "上海集成电路产业链：材料、装备与零部件、EDA/IP、芯片设计、晶圆制造、封装测试及下游应用；"
     "依托浦东（张江、临港）集成电路先进制造业集群，对接《上海市促进专精特新中小企业发展壮大的若干措施》"
     "与《上海市促进高成长企业加快发展三年行动方案（2025—2027年）》。演示数据。", "310000"),
    ("cq-nev", "重庆智能网联新能源汽车产业链", "Chongqing intelligent connected new-energy vehicles",
     "重庆“33618”现代制造业集群体系中的智能网联新能源汽车产业链：动力电池材料、车规级芯片、三电系统、"
     "智能驾驶与智能座舱、线控底盘、整车及充换电与回收；对接渝经信中小〔2025〕38号。演示数据。", "500000"),
    ("jx-pv", "嘉兴光伏新能源产业链", "Jiaxing photovoltaics and new energy",
     "嘉兴光伏新能源产业链：硅料硅片、辅材（玻璃、银浆、胶膜、背板、接线盒、边框）、电池片设备、"
     "TOPCon/HJT电池片与组件、逆变器与支架、储能，以及电站EPC、BIPV与运维；"
     "对接《嘉兴市加快智造创新企业培育三年行动方案（2026-2028）》。演示数据。", "330400"),
]
CHAIN_HOME = {c[0]: c[4] for c in CHAINS}

# rd classes: S software/design, E equipment, M materials, P production, V services/integration
# key, name, stage, critical, capabilities, parent key, main products, company-name words, heavy, rd class
SEGMENTS = {
    "sh-ic": [
        ("wafer", "硅片", "UPSTREAM", False, ["单晶硅生长", "晶圆抛光"], None,
         ["12英寸抛光片", "12英寸外延片", "SOI硅片"], ["半导体材料", "硅材料"], True, "M"),
        ("pr-materials", "光刻胶树脂与单体", "UPSTREAM", False, ["高分子合成", "高纯材料提纯"], None,
         ["光刻胶用树脂", "光致产酸剂", "高纯单体"], ["精细化工", "新材料"], False, "M"),
        ("photoresist", "光刻胶", "UPSTREAM", True, ["光刻胶配方", "高纯材料提纯"], None,
         ["KrF光刻胶", "ArF光刻胶", "i线光刻胶"], ["光刻材料", "光电材料"], False, "M"),
        ("specialty-gas", "电子特气", "UPSTREAM", False, ["气体纯化", "痕量杂质检测"], None,
         ["高纯三氟化氮", "六氟化钨", "电子级硅烷"], ["电子气体", "特种气体"], False, "M"),
        ("wet-chem", "湿电子化学品", "UPSTREAM", False, ["高纯材料提纯", "痕量杂质检测"], None,
         ["电子级硫酸", "电子级双氧水", "功能性蚀刻液"], ["电子化学品", "微电子化学"], False, "M"),
        ("target", "溅射靶材", "UPSTREAM", False, ["高纯金属冶炼", "精密加工"], None,
         ["高纯铜靶", "钽靶", "钛靶"], ["电子材料", "金属材料"], False, "M"),
        ("photomask", "光掩模", "UPSTREAM", False, ["掩模制版", "精密光学"], None,
         ["半导体光掩模", "相移掩模"], ["光掩膜", "微电子"], False, "M"),
        ("cmp", "CMP抛光材料", "UPSTREAM", False, ["纳米研磨材料", "晶圆抛光"], None,
         ["CMP抛光液", "抛光垫"], ["微纳材料", "研磨材料"], False, "M"),
        ("eda", "EDA软件", "UPSTREAM", True, ["EDA算法", "工业软件开发"], None,
         ["数字后端布局布线工具", "电路仿真工具", "物理验证工具"], ["软件技术", "信息技术"], False, "S"),
        ("ip", "IP核", "UPSTREAM", False, ["接口IP设计", "芯片架构设计"], None,
         ["高速SerDes IP", "DDR控制器IP", "RISC-V处理器IP"], ["微电子", "集成电路设计"], False, "S"),
        ("equip-parts", "设备核心零部件", "UPSTREAM", False, ["真空系统", "射频电源", "精密加工"], None,
         ["干式真空泵", "射频电源", "静电卡盘"], ["精密机械", "真空技术"], False, "E"),
        ("litho", "光刻机", "UPSTREAM", True, ["精密光学", "精密运动控制"], None,
         ["步进扫描光刻机", "先进封装光刻机"], ["光刻装备", "精密光学"], True, "E"),
        ("etch", "刻蚀设备", "UPSTREAM", False, ["等离子体工艺", "真空系统"], None,
         ["介质刻蚀机", "导体刻蚀机"], ["半导体设备", "等离子体技术"], False, "E"),
        ("deposition", "薄膜沉积设备", "UPSTREAM", False, ["薄膜工艺", "真空系统", "等离子体工艺"], None,
         ["PECVD设备", "ALD设备", "PVD设备"], ["半导体装备", "薄膜科技"], False, "E"),
        ("metrology", "量测检测设备", "UPSTREAM", True, ["精密光学", "缺陷检测算法"], None,
         ["光学缺陷检测设备", "膜厚量测设备"], ["检测技术", "精密仪器"], False, "E"),
        ("design", "芯片设计", "MIDSTREAM", False, ["芯片架构设计", "模拟电路设计"], None,
         ["物联网通信芯片", "MCU"], ["微电子", "集成电路"], False, "S"),
        ("analog", "模拟与电源管理芯片", "MIDSTREAM", False, ["模拟电路设计", "电源管理设计"], "design",
         ["电源管理芯片", "信号链芯片"], ["模拟半导体", "微电子"], False, "S"),
        ("soc", "AI与SoC芯片", "MIDSTREAM", False, ["芯片架构设计", "AI算法加速"], "design",
         ["AI推理芯片", "智能视觉SoC"], ["智能芯片", "智算科技"], False, "S"),
        ("fab", "晶圆制造", "MIDSTREAM", False, ["先进制程工艺", "良率管理"], None,
         ["12英寸晶圆代工", "特色工艺代工"], ["集成电路制造", "半导体制造"], True, "P"),
        ("power", "功率半导体", "MIDSTREAM", False, ["功率器件工艺", "车规认证AEC-Q100"], None,
         ["IGBT模块", "SiC MOSFET"], ["功率半导体", "电力电子"], False, "P"),
        ("memory", "存储芯片", "MIDSTREAM", False, ["存储器架构", "先进制程工艺"], None,
         ["NOR Flash", "DRAM模组", "NAND主控芯片"], ["存储科技", "存储技术"], False, "S"),
        ("packaging", "封装测试", "MIDSTREAM", False, ["封装工艺", "芯片测试"], None,
         ["QFN封装", "BGA封装", "系统级封装"], ["封装测试", "半导体封测"], True, "P"),
        ("adv-packaging", "先进封装", "MIDSTREAM", False, ["晶圆级封装", "Chiplet集成"], "packaging",
         ["Fan-out晶圆级封装", "2.5D封装", "Chiplet封装"], ["先进封装", "微系统"], False, "P"),
        ("test", "芯片测试", "MIDSTREAM", False, ["芯片测试", "缺陷检测算法"], "packaging",
         ["晶圆CP测试", "成品FT测试"], ["测试技术", "半导体检测"], False, "V"),
        ("auto-elec", "汽车电子", "DOWNSTREAM", False, ["车规认证AEC-Q100", "嵌入式系统"], None,
         ["车身控制模块", "车载电源"], ["汽车电子"], False, "P"),
        ("consumer", "消费电子终端", "DOWNSTREAM", False, ["整机集成", "SMT贴装"], None,
         ["智能手机主板", "可穿戴设备"], ["智能终端", "电子科技"], False, "P"),
        ("server", "智算服务器", "DOWNSTREAM", False, ["整机集成", "高速互连设计"], None,
         ["AI训练服务器", "边缘计算服务器"], ["计算机系统", "智算装备"], False, "P"),
        ("industrial", "工业控制", "DOWNSTREAM", False, ["嵌入式系统", "工业通信协议"], None,
         ["PLC控制器", "伺服驱动器"], ["工控技术", "自动化"], False, "P"),
    ],
    "cq-nev": [
        ("lithium", "锂盐材料", "UPSTREAM", False, ["锂资源提取", "高纯材料提纯"], None,
         ["电池级碳酸锂", "电池级氢氧化锂"], ["锂业", "新能源材料"], True, "M"),
        ("cathode", "动力电池正极材料", "UPSTREAM", False, ["正极材料合成", "材料烧结"], None,
         ["高镍三元正极", "磷酸铁锂正极"], ["新能源材料", "锂电材料"], False, "M"),
        ("anode", "动力电池负极材料", "UPSTREAM", False, ["石墨化工艺", "材料烧结"], None,
         ["人造石墨负极", "硅碳负极"], ["碳材料", "新材料"], False, "M"),
        ("electrolyte", "电解液", "UPSTREAM", False, ["电解液配方", "高纯材料提纯"], None,
         ["动力电池电解液", "六氟磷酸锂"], ["电解液", "化学材料"], False, "M"),
        ("separator", "隔膜", "UPSTREAM", False, ["隔膜涂覆", "高分子合成"], None,
         ["湿法隔膜", "陶瓷涂覆隔膜"], ["隔膜科技", "膜材料"], False, "M"),
        ("auto-chip", "车规级芯片", "UPSTREAM", True,
         ["车规认证AEC-Q100", "芯片架构设计", "功能安全ISO 26262"], None,
         ["车规级MCU", "智驾SoC", "CAN/LIN收发器"], ["汽车芯片", "微电子"], False, "S"),
        ("power-module", "车用功率模块", "UPSTREAM", False, ["功率器件工艺", "车规认证AEC-Q100"], None,
         ["SiC功率模块", "IGBT功率模块"], ["功率半导体", "电力电子"], False, "P"),
        ("os", "车载操作系统", "UPSTREAM", True, ["嵌入式系统", "功能安全ISO 26262"], None,
         ["车控操作系统", "座舱操作系统"], ["软件技术", "智能科技"], False, "S"),
        ("al-alloy", "车用铝合金材料", "UPSTREAM", False, ["铝合金熔铸"], None,
         ["免热处理压铸铝合金", "铝合金型材"], ["铝业", "轻合金"], False, "M"),
        ("cell", "动力电池电芯", "MIDSTREAM", False, ["电芯制造", "电化学测试"], None,
         ["磷酸铁锂刀片电芯", "三元方形电芯"], ["动力电池", "新能源科技"], True, "P"),
        ("bms", "电池管理系统", "MIDSTREAM", False, ["电池管理算法", "嵌入式系统"], None,
         ["BMS主控板", "电池包总成"], ["电子科技", "能源科技"], False, "S"),
        ("motor", "驱动电机", "MIDSTREAM", False, ["电机设计", "扁线绕组工艺"], None,
         ["扁线永磁同步电机", "三合一电驱总成"], ["电机", "动力科技"], False, "P"),
        ("inverter", "电机控制器", "MIDSTREAM", False, ["功率电子设计", "功能安全ISO 26262"], None,
         ["电机控制器", "多合一电驱控制器"], ["电控技术", "电力电子"], False, "P"),
        ("thermal", "热管理系统", "MIDSTREAM", False, ["热管理设计", "热泵系统"], None,
         ["热泵空调总成", "电池液冷板"], ["热管理", "汽车空调"], False, "P"),
        ("perception", "环境感知传感器", "MIDSTREAM", False, ["传感器融合", "车规认证AEC-Q100"], None,
         ["车载摄像头模组", "超声波雷达"], ["传感技术", "智能感知"], False, "S"),
        ("lidar", "激光雷达", "MIDSTREAM", False, ["激光雷达光学设计", "传感器融合"], "perception",
         ["半固态激光雷达", "纯固态激光雷达"], ["光电科技", "激光技术"], False, "E"),
        ("mmwave", "毫米波雷达", "MIDSTREAM", False, ["射频电路设计", "传感器融合"], "perception",
         ["4D成像毫米波雷达", "角雷达"], ["雷达技术", "微波科技"], False, "S"),
        ("adas", "自动驾驶域控制器", "MIDSTREAM", False, ["自动驾驶算法", "高算力平台设计"], None,
         ["智驾域控制器", "行泊一体控制器"], ["智能驾驶", "智行科技"], False, "S"),
        ("cockpit", "智能座舱", "MIDSTREAM", False, ["座舱软件开发", "人机交互设计"], None,
         ["座舱域控制器", "车载显示屏"], ["智能座舱", "汽车电子"], False, "S"),
        ("by-wire", "线控底盘", "MIDSTREAM", True, ["线控制动技术", "功能安全ISO 26262"], None,
         ["线控制动系统", "线控转向系统"], ["底盘系统", "汽车科技"], False, "E"),
        ("die-casting", "一体化压铸", "MIDSTREAM", False, ["大型压铸工艺", "铝合金熔铸"], None,
         ["一体化压铸后地板", "电池包壳体"], ["精密压铸", "汽车部件"], False, "P"),
        ("vehicle", "整车制造", "DOWNSTREAM", False, ["整车集成", "整车电子电气架构"], None,
         ["新能源乘用车", "增程式SUV", "新能源商用车"], ["汽车", "新能源汽车"], True, "P"),
        ("charging", "充换电设施", "DOWNSTREAM", False, ["大功率充电", "换电站集成"], None,
         ["液冷超充桩", "换电站"], ["充电科技", "能源服务"], False, "V"),
        ("v2x", "车联网服务", "DOWNSTREAM", False, ["V2X通信", "车云平台"], None,
         ["V2X路侧单元", "车联网云平台"], ["车联网", "信息科技"], False, "S"),
        ("recycling", "动力电池回收", "DOWNSTREAM", False, ["梯次利用", "湿法冶金回收"], None,
         ["退役电池梯次利用", "镍钴锂回收"], ["资源循环", "再生资源"], False, "V"),
    ],
    "jx-pv": [
        ("polysilicon", "多晶硅", "UPSTREAM", False, ["改良西门子法", "高纯材料提纯"], None,
         ["N型棒状多晶硅", "颗粒硅"], ["硅业", "光伏材料"], True, "P"),
        ("ingot", "单晶硅棒", "UPSTREAM", False, ["单晶硅生长"], None,
         ["N型单晶硅棒"], ["晶体材料", "硅材料"], False, "P"),
        ("wafer", "光伏硅片", "UPSTREAM", False, ["金刚线切割", "单晶硅生长"], None,
         ["N型182硅片", "N型210R硅片"], ["光伏硅片", "硅材料"], False, "P"),
        ("glass", "光伏玻璃", "UPSTREAM", False, ["超白压延玻璃", "镀膜工艺"], None,
         ["2.0mm光伏压延玻璃", "双玻组件背板玻璃"], ["玻璃", "光能玻璃"], True, "P"),
        ("silver-paste", "光伏银浆", "UPSTREAM", True, ["导电浆料配方", "纳米粉体制备"], None,
         ["TOPCon正面银浆", "HJT低温银浆"], ["电子浆料", "新材料"], False, "M"),
        ("film", "EVA/POE胶膜", "UPSTREAM", False, ["高分子胶膜配方", "高分子合成"], None,
         ["POE胶膜", "EPE共挤胶膜", "EVA胶膜"], ["胶膜", "高分子材料"], False, "M"),
        ("backsheet", "光伏背板", "UPSTREAM", False, ["高分子胶膜配方", "耐候涂层"], None,
         ["透明背板", "含氟背板"], ["功能膜", "新材料"], False, "M"),
        ("junction-box", "接线盒", "UPSTREAM", False, ["接线盒设计", "精密注塑"], None,
         ["光伏接线盒", "光伏连接器"], ["光伏电器", "电气科技"], False, "P"),
        ("frame", "组件边框", "UPSTREAM", False, ["铝合金熔铸", "精密加工"], None,
         ["阳极氧化铝边框", "镀锌钢边框"], ["铝业", "金属制品"], False, "P"),
        ("cell-equip", "电池片设备", "UPSTREAM", True, ["真空系统", "等离子体工艺", "激光加工"], None,
         ["PECVD镀膜设备", "激光SE设备", "丝网印刷设备"], ["智能装备", "光伏装备"], False, "E"),
        ("cell", "电池片", "MIDSTREAM", False, ["电池片制造", "钝化工艺"], None,
         ["N型电池片", "BC电池片"], ["光伏科技", "新能源"], True, "P"),
        ("topcon", "TOPCon电池", "MIDSTREAM", False, ["钝化工艺", "硼扩散工艺"], "cell",
         ["TOPCon电池片"], ["光伏科技", "光电"], False, "P"),
        ("hjt", "HJT异质结电池", "MIDSTREAM", False, ["薄膜工艺", "电池片制造"], "cell",
         ["HJT电池片"], ["异质结科技", "光伏科技"], False, "P"),
        ("module", "光伏组件", "MIDSTREAM", False, ["组件封装", "层压工艺"], None,
         ["N型双面双玻组件", "BC组件"], ["光伏能源", "新能源"], True, "P"),
        ("inverter", "光伏逆变器", "MIDSTREAM", False, ["功率电子设计", "MPPT算法"], None,
         ["组串式逆变器", "微型逆变器"], ["电源科技", "电气"], False, "S"),
        ("mounting", "光伏支架", "MIDSTREAM", False, ["跟踪控制算法", "钢结构设计"], None,
         ["平单轴跟踪支架", "固定支架"], ["新能源科技", "支架系统"], False, "P"),
        ("storage-cell", "储能电池", "MIDSTREAM", False, ["电芯制造", "电化学测试"], None,
         ["314Ah储能电芯", "储能电池模组"], ["储能科技", "电池"], True, "P"),
        ("pcs", "储能变流器", "MIDSTREAM", False, ["功率电子设计", "电网接入"], None,
         ["储能变流器PCS", "构网型PCS"], ["电力电子", "能源技术"], False, "S"),
        ("ess", "储能系统集成", "MIDSTREAM", False, ["储能系统集成", "电池管理算法", "热管理设计"], None,
         ["工商业储能柜", "集装箱储能系统"], ["储能", "智慧能源"], False, "V"),
        ("epc", "光伏电站EPC", "DOWNSTREAM", False, ["电站设计", "电网接入"], None,
         ["分布式光伏EPC", "地面电站EPC"], ["新能源工程", "电力工程"], False, "V"),
        ("bipv", "光伏建筑一体化", "DOWNSTREAM", False, ["建筑光伏设计", "组件封装"], None,
         ["光伏幕墙", "光伏屋面系统"], ["建筑科技", "绿色建筑"], False, "V"),
        ("om", "电站运维", "DOWNSTREAM", False, ["智能运维平台", "无人机巡检"], None,
         ["电站智能运维服务", "无人机巡检系统"], ["智慧能源", "能源服务"], False, "V"),
    ],
}

FLOWS = {
    "sh-ic": [
        ("wafer", "fab"), ("wafer", "memory"), ("wafer", "power"),
        ("pr-materials", "photoresist"),
        ("photoresist", "fab"), ("photoresist", "memory"),
        ("specialty-gas", "fab"), ("specialty-gas", "memory"), ("specialty-gas", "power"),
        ("wet-chem", "fab"), ("wet-chem", "memory"),
        ("target", "fab"), ("target", "memory"),
        ("photomask", "fab"), ("photomask", "memory"), ("photomask", "power"),
        ("cmp", "fab"), ("cmp", "memory"), ("cmp", "adv-packaging"),
        ("eda", "design"), ("eda", "analog"), ("eda", "soc"),
        ("ip", "design"), ("ip", "soc"),
        ("equip-parts", "litho"), ("equip-parts", "etch"), ("equip-parts", "deposition"),
        ("equip-parts", "metrology"),
        ("litho", "fab"), ("litho", "memory"),
        ("etch", "fab"), ("etch", "memory"), ("etch", "power"),
        ("deposition", "fab"), ("deposition", "memory"), ("deposition", "power"),
        ("metrology", "fab"), ("metrology", "memory"),
        # Fabless design hands its layouts to the foundry, which serves it: a PROCESS flow, so the
        # foundry's suppliers are materials and equipment makers, and design houses are its customers.
        ("design", "fab", "PROCESS"), ("analog", "fab", "PROCESS"), ("soc", "fab", "PROCESS"),
        ("fab", "test"), ("fab", "packaging"), ("fab", "adv-packaging"),
        ("test", "packaging"), ("test", "adv-packaging"),
        ("power", "packaging"), ("power", "auto-elec"), ("power", "industrial"),
        ("memory", "packaging"), ("memory", "server"), ("memory", "consumer"),
        ("packaging", "auto-elec"), ("packaging", "consumer"), ("packaging", "server"),
        ("packaging", "industrial"),
        ("adv-packaging", "server"), ("adv-packaging", "consumer"),
    ],
    "cq-nev": [
        ("lithium", "cathode"), ("lithium", "electrolyte"),
        ("cathode", "cell"), ("anode", "cell"), ("electrolyte", "cell"), ("separator", "cell"),
        ("auto-chip", "bms"), ("auto-chip", "inverter"), ("auto-chip", "perception"),
        ("auto-chip", "lidar"), ("auto-chip", "mmwave"), ("auto-chip", "adas"),
        ("auto-chip", "cockpit"), ("auto-chip", "by-wire"),
        ("power-module", "inverter"), ("power-module", "charging"),
        ("os", "adas"), ("os", "cockpit"),
        ("al-alloy", "die-casting"),
        ("cell", "bms"), ("cell", "vehicle"), ("bms", "vehicle"),
        ("motor", "vehicle"), ("inverter", "vehicle"), ("thermal", "vehicle"),
        ("perception", "adas"), ("lidar", "adas"), ("mmwave", "adas"),
        ("adas", "vehicle"), ("cockpit", "vehicle"), ("by-wire", "vehicle"),
        ("die-casting", "vehicle"),
        ("vehicle", "v2x"), ("vehicle", "recycling"),
    ],
    "jx-pv": [
        ("polysilicon", "ingot"), ("ingot", "wafer"),
        ("wafer", "cell"), ("wafer", "topcon"), ("wafer", "hjt"),
        ("silver-paste", "cell"), ("silver-paste", "topcon"), ("silver-paste", "hjt"),
        ("cell-equip", "cell"), ("cell-equip", "topcon"), ("cell-equip", "hjt"),
        ("cell", "module"), ("topcon", "module"), ("hjt", "module"),
        ("glass", "module"), ("glass", "bipv"), ("film", "module"), ("backsheet", "module"),
        ("junction-box", "module"), ("frame", "module"),
        ("module", "epc"), ("module", "bipv"),
        ("inverter", "epc"), ("inverter", "bipv"), ("mounting", "epc"),
        ("storage-cell", "ess"), ("pcs", "ess"), ("ess", "epc"),
        ("epc", "om"),
    ],
}

# Coverage planned for each chain's HOME region (all other segments: COVERED, i.e. >= 2
# quality local firms).  MISSING = no local firm, WEAK = local firms but none of quality,
# SINGLE = exactly one quality local firm.  Expected kind in the comment.
HOME_PROFILE = {
    "sh-ic-photoresist": "MISSING",    # FILL: 光刻胶树脂与单体 upstream and the fabs downstream are local
    "sh-ic-consumer": "MISSING",       # EXTEND: downstream end of the chain
    "sh-ic-photomask": "WEAK",
    "sh-ic-cmp": "WEAK",
    "sh-ic-eda": "SINGLE",
    "sh-ic-litho": "SINGLE",
    "cq-nev-lidar": "MISSING",         # FILL: 车规级芯片 upstream, 域控/整车 downstream are local
    "cq-nev-lithium": "MISSING",       # EXTEND: upstream end (no lithium resources in Chongqing)
    "cq-nev-separator": "WEAK",
    "cq-nev-os": "WEAK",
    "cq-nev-auto-chip": "SINGLE",
    "cq-nev-by-wire": "SINGLE",
    "jx-pv-wafer": "MISSING",          # FILL: 单晶硅棒 upstream (weak) and 电池片 downstream are local
    "jx-pv-polysilicon": "MISSING",    # EXTEND: upstream end
    "jx-pv-ingot": "WEAK",
    "jx-pv-junction-box": "WEAK",
    "jx-pv-silver-paste": "SINGLE",
    "jx-pv-pcs": "SINGLE",
}
EXPECTED_MISSING_KIND = {
    "sh-ic-photoresist": "FILL", "sh-ic-consumer": "EXTEND",
    "cq-nev-lidar": "FILL", "cq-nev-lithium": "EXTEND",
    "jx-pv-wafer": "FILL", "jx-pv-polysilicon": "EXTEND",
}
STATUS_NAME = {"MISSING": "MISSING", "WEAK": "WEAK", "SINGLE": "SINGLE_SOURCE", "COVERED": "COVERED"}

# Where a chain's enterprises are located: home districts, and out-of-region (招商) sources.
HOME_DISTRICTS = {
    "sh-ic": [("310115", 44), ("310112", 14), ("310114", 11), ("310117", 15), ("310104", 9), ("310118", 7)],
    "cq-nev": [("500112", 27), ("500105", 14), ("500107", 12), ("500106", 10), ("500120", 17),
               ("500118", 10), ("500109", 10)],
    "jx-pv": [("330411", 24), ("330481", 22), ("330421", 11), ("330482", 12), ("330483", 10),
              ("330424", 11), ("330402", 10)],
}
OUTSIDE_DISTRICTS = {
    "sh-ic": [("320571", 28), ("320214", 22), ("320505", 10), ("610113", 22), ("330421", 10),
              ("330402", 4), ("500106", 4)],
    "cq-nev": [("310114", 18), ("310115", 6), ("320411", 22), ("320571", 14), ("610116", 10),
               ("610113", 10), ("330482", 8), ("330483", 8)],
    "jx-pv": [("320411", 26), ("320214", 14), ("320571", 10), ("610116", 24), ("310117", 7),
              ("310112", 5), ("500118", 4), ("320505", 9)],
}

# Segments a firm may plausibly also operate in (secondary operations stay inside a group).
RELATED = {
    "sh-ic": [["etch", "deposition", "equip-parts"], ["wet-chem", "specialty-gas"],
              ["photoresist", "pr-materials", "wet-chem"], ["wafer", "cmp"], ["design", "analog", "soc", "ip"],
              ["eda", "ip"], ["packaging", "adv-packaging", "test"], ["fab", "power"], ["memory", "design"],
              ["metrology", "test"], ["auto-elec", "industrial"], ["server", "consumer"], ["photomask", "litho"],
              ["target", "cmp"]],
    "cq-nev": [["lithium", "cathode", "electrolyte"], ["cathode", "anode"], ["separator", "electrolyte"],
               ["cell", "bms"], ["motor", "inverter", "power-module"], ["auto-chip", "power-module"],
               ["perception", "lidar", "mmwave", "adas"], ["cockpit", "os", "adas"], ["by-wire", "thermal"],
               ["al-alloy", "die-casting"], ["charging", "v2x"], ["recycling", "lithium"], ["vehicle", "cockpit"]],
    "jx-pv": [["polysilicon", "ingot", "wafer"], ["cell", "topcon", "hjt", "module"], ["glass", "bipv"],
              ["film", "backsheet"], ["junction-box", "frame"], ["inverter", "pcs", "ess"], ["storage-cell", "ess"],
              ["epc", "om", "bipv", "mounting"], ["silver-paste", "cell-equip"]],
}

# Chain leaders (链主): LARGE, located in the home region, leading the chain there.
LEADERS = [
    # key, chain, district, segments (first = primary), name, listed, founded, revenue (万元)
    ("L-sh-fab", "sh-ic", "310115", ["fab"], "上海澜矽集成电路制造股份有限公司", True, 2001, 3860000),
    ("L-sh-pkg", "sh-ic", "310112", ["packaging", "adv-packaging"], "上海瀚微半导体封测股份有限公司", True, 2004,
     2150000),
    ("L-sh-equip", "sh-ic", "310115", ["etch", "deposition"], "上海擎拓半导体装备股份有限公司", True, 2006, 1260000),
    ("L-sh-design", "sh-ic", "310104", ["design", "soc"], "上海曜芯微电子股份有限公司", True, 2008, 980000),
    ("L-cq-oem-a", "cq-nev", "500105", ["vehicle"], "重庆骁驰汽车股份有限公司", True, 1998, 12800000),
    ("L-cq-oem-b", "cq-nev", "500112", ["vehicle", "cockpit"], "重庆麟航新能源汽车有限公司", False, 2016, 6450000),
    ("L-cq-battery", "cq-nev", "500120", ["cell", "bms"], "重庆钧能动力电池有限公司", False, 2019, 2300000),
    ("L-cq-edrive", "cq-nev", "500107", ["motor", "inverter"], "重庆骐力电驱动系统股份有限公司", True, 2003, 860000),
    ("L-jx-module-a", "jx-pv", "330481", ["module", "cell", "topcon"], "浙江朔能光伏科技股份有限公司", True, 2006,
     9200000),
    ("L-jx-module-b", "jx-pv", "330411", ["module", "hjt"], "浙江煜晶新能源股份有限公司", True, 2010, 3100000),
    ("L-jx-glass", "jx-pv", "330411", ["glass"], "嘉兴澄光光能玻璃股份有限公司", True, 2005, 1850000),
    ("L-jx-ess", "jx-pv", "330482", ["ess", "storage-cell"], "平湖韬源储能科技有限公司", False, 2017, 720000),
]

# Designations that specific, deliberately planted firms must carry (policy demos).
# code -> (archetype, forced first years, growth override)
SPECIALS = {
    "SH": ["LG_SUST", "LG_SUST", "LG_SUST", "LG_SUST", "LG_NEAR", "LG_NEAR",
           "GAZ25", "GAZ25", "GAZ26", "GAZ26", "UNI25", "UNI26", "AS25", "AS25", "AS26", "AS26",
           "LG26"],
    "CQ": ["LG25", "LG25", "LG26", "LG26", "SCM25", "SCM26", "SCN26", "GAZ25", "GAZ26", "UNI26"],
    "JX": ["SCN26", "SCN_RENEW26", "SCP26", "SCP_RENEW26", "LG26", "LG26", "LG26HC", "LG_RENEW26",
           "LG_RENEW26", "HC26", "HC_RENEW26", "AS24", "AS24", "AS26", "AS26"],
}

# --------------------------------------------------------------------------------------
# Clusters, challenges, events (hand-curated)
# --------------------------------------------------------------------------------------
CLUSTERS = [
    # id, name, type, level, region_code, chain_ids, established, member districts, filter, max
    ("sh-pudong-ic", "浦东集成电路先进制造业集群", "ADVANCED_MANUFACTURING", "NATIONAL", "310115",
     ["sh-ic"], 2019, ["310115"], "any", 30),
    ("sh-lingang-ic-sme", "临港集成电路装备材料中小企业特色产业集群", "SME_SPECIALTY", "MUNICIPAL", "310115",
     ["sh-ic"], 2023, ["310115"], "upstream-sme", 14),
    ("sh-g60-ic-srdi", "松江G60集成电路专精特新产业园", "SRDI_PARK", "MUNICIPAL", "310117",
     ["sh-ic"], 2022, ["310117"], "srdi", 12),
    ("cq-liangjiang-icv", "重庆两江新区智能网联新能源汽车先进制造业集群", "ADVANCED_MANUFACTURING", "NATIONAL",
     "500112", ["cq-nev"], 2020, ["500112", "500105", "500109"], "any", 30),
    ("cq-bishan-parts", "璧山新能源汽车关键零部件中小企业特色产业集群", "SME_SPECIALTY", "MUNICIPAL", "500120",
     ["cq-nev"], 2022, ["500120", "500118"], "any", 16),
    ("cq-icv-complex", "重庆智能网联新能源汽车产业创新综合体", "INNOVATION_COMPLEX", "MUNICIPAL", "500106",
     ["cq-nev"], 2024, ["500105", "500106", "500107", "500109", "500112", "500118", "500120"], "icv", 14),
    ("jx-pv-amc", "嘉兴光伏新能源先进制造业集群", "ADVANCED_MANUFACTURING", "PROVINCIAL", "330400",
     ["jx-pv"], 2021, ["330402", "330411", "330421", "330424", "330481", "330482", "330483"], "any", 34),
    ("jx-xiuzhou-pv-sme", "秀洲光伏新能源中小企业特色产业集群", "SME_SPECIALTY", "PROVINCIAL", "330411",
     ["jx-pv"], 2023, ["330411"], "any", 16),
    ("jx-jiashan-srdi", "嘉善专精特新产业园", "SRDI_PARK", "PROVINCIAL", "330421",
     ["jx-pv", "sh-ic"], 2024, ["330421"], "srdi", 12),
]
ICV_SEGMENTS = {"cq-nev-auto-chip", "cq-nev-os", "cq-nev-adas", "cq-nev-cockpit", "cq-nev-perception",
                "cq-nev-mmwave", "cq-nev-by-wire", "cq-nev-v2x"}

CHALLENGES = [
    # id, title, issuer leader key, segment, capabilities, budget (万元), deadline, status
    ("ch-sh-ic-01", "ArF浸没式光刻胶国产化验证与量产导入", "L-sh-fab", "sh-ic-photoresist",
     ["光刻胶配方", "高纯材料提纯"], 3000, "2026-12-31", "OPEN"),
    ("ch-sh-ic-02", "数字芯片全流程EDA工具国产化适配", "L-sh-design", "sh-ic-eda",
     ["EDA算法", "工业软件开发"], 1500, "2027-06-30", "OPEN"),
    ("ch-sh-ic-03", "12英寸晶圆光学缺陷检测设备联合攻关", "L-sh-fab", "sh-ic-metrology",
     ["精密光学", "缺陷检测算法"], 2000, "2027-03-31", "OPEN"),
    ("ch-sh-ic-04", "刻蚀设备射频电源国产替代", "L-sh-equip", "sh-ic-equip-parts",
     ["射频电源", "真空系统"], 800, "2026-06-30", "AWARDED"),
    ("ch-sh-ic-05", "先进封装用CMP抛光液本地化配套", "L-sh-pkg", "sh-ic-cmp",
     ["纳米研磨材料", "晶圆抛光"], 600, "2026-12-31", "OPEN"),
    ("ch-cq-nev-01", "车规级MCU芯片国产替代与AEC-Q100认证", "L-cq-oem-a", "cq-nev-auto-chip",
     ["车规认证AEC-Q100", "芯片架构设计", "功能安全ISO 26262"], 2500, "2027-06-30", "OPEN"),
    ("ch-cq-nev-02", "城市NOA用远距激光雷达本地化配套", "L-cq-oem-b", "cq-nev-lidar",
     ["激光雷达光学设计", "传感器融合"], 2000, "2026-12-31", "OPEN"),
    ("ch-cq-nev-03", "线控制动系统冗余设计与量产验证", "L-cq-oem-a", "cq-nev-by-wire",
     ["线控制动技术", "功能安全ISO 26262"], 1200, "2026-03-31", "AWARDED"),
    ("ch-cq-nev-04", "高安全陶瓷涂覆隔膜工艺开发", "L-cq-battery", "cq-nev-separator",
     ["隔膜涂覆", "高分子合成"], 800, "2027-03-31", "OPEN"),
    ("ch-cq-nev-05", "国产车控操作系统功能安全认证", "L-cq-oem-b", "cq-nev-os",
     ["嵌入式系统", "功能安全ISO 26262"], 1000, "2026-05-31", "CLOSED"),
    ("ch-jx-pv-01", "0BB无主栅低银耗银浆开发", "L-jx-module-a", "jx-pv-silver-paste",
     ["导电浆料配方", "纳米粉体制备"], 1000, "2026-12-31", "OPEN"),
    ("ch-jx-pv-02", "N型大尺寸薄片化硅片本地配套", "L-jx-module-b", "jx-pv-wafer",
     ["金刚线切割", "单晶硅生长"], 1500, "2027-06-30", "OPEN"),
    ("ch-jx-pv-03", "构网型储能变流器研制", "L-jx-ess", "jx-pv-pcs",
     ["功率电子设计", "电网接入"], 900, "2027-03-31", "OPEN"),
    ("ch-jx-pv-04", "光伏电站无人机智能巡检系统", "L-jx-module-a", "jx-pv-om",
     ["无人机巡检", "智能运维平台"], 500, "2026-04-30", "AWARDED"),
]

EVENTS = [
    # id, name, date, region_code, chain, theme, SUPPLY attendees, focus segments
    ("ev-sh-ic-2025-09", "“一月一链”专精特新投融资路演·集成电路装备材料专场", "2025-09-18", "310115",
     "sh-ic", "装备材料国产替代与首台套、首批次应用", 10,
     ["equip-parts", "etch", "deposition", "metrology", "litho", "wafer", "specialty-gas", "wet-chem", "target",
      "cmp", "pr-materials", "photomask"]),
    ("ev-sh-ic-2026-04", "上海“百场万企”大中小企业融通对接会·集成电路设计与封测专场", "2026-04-23",
     "310112", "sh-ic", "Chiplet与先进封装协同、EDA/IP国产化", 12,
     ["eda", "ip", "design", "analog", "soc", "adv-packaging", "test", "packaging"]),
    ("ev-sh-ic-2026-12", "“一月一链”高成长企业投融资路演·集成电路专场", "2026-12-10", "310115",
     "sh-ic", "瞪羚、独角兽企业与链主企业对接", 8, []),
    ("ev-cq-nev-2025-11", "“渝链同行、百场万企”智能网联新能源汽车供需对接会", "2025-11-20", "500112",
     "cq-nev", "智能驾驶感知与域控制器本地配套", 12,
     ["auto-chip", "os", "perception", "lidar", "mmwave", "adas", "cockpit", "by-wire", "v2x"]),
    ("ev-cq-nev-2026-05", "“渝链同行”三电系统专场对接会", "2026-05-14", "500120",
     "cq-nev", "动力电池材料与电驱系统本地配套", 10,
     ["lithium", "cathode", "anode", "electrolyte", "separator", "cell", "bms", "motor", "inverter",
      "power-module", "thermal"]),
    ("ev-jx-pv-2025-12", "嘉兴“百场万企”光伏新能源产业链供需对接会", "2025-12-09", "330411",
     "jx-pv", "N型电池与辅材降本", 11,
     ["silver-paste", "film", "backsheet", "glass", "junction-box", "frame", "cell-equip", "wafer", "ingot",
      "topcon", "hjt"]),
    ("ev-jx-pv-2026-06", "嘉兴“十链百场万企”光储融合专场对接会", "2026-06-18", "330481",
     "jx-pv", "储能系统集成与构网型PCS", 9, ["storage-cell", "pcs", "ess", "inverter", "epc", "om"]),
]

# --------------------------------------------------------------------------------------
# Policy facts (docs/contracts.md §7, which lists the documents they come from)
# --------------------------------------------------------------------------------------
SRC_SH_GROWTH = "上海市促进高成长企业加快发展三年行动方案（2025—2027年）"
SRC_SH_SRDI = "上海市促进专精特新中小企业发展壮大的若干措施"
SRC_CQ = "渝经信中小〔2025〕38号"
SRC_JX = "嘉兴市加快智造创新企业培育三年行动方案（2026-2028）"
SRC_JS = "江苏省专精特新企业上市培育三年行动方案（2025—2027）"

TARGETS = [
    # region_code, designation, year, count, level, basis, base_year, source, also_designations,
    # status (DRAFT: 征求意见稿), kind, min_revenue (万元), cluster_type, min_level
    ("310000", "POTENTIAL_GAZELLE", 2027, 400, "", "CUMULATIVE", "", SRC_SH_GROWTH, "", "", "", "", "", ""),
    ("310000", "GAZELLE", 2027, 300, "", "CUMULATIVE", "", SRC_SH_GROWTH, "", "", "", "", "", ""),
    ("310000", "POTENTIAL_UNICORN", 2027, 200, "", "CUMULATIVE", "", SRC_SH_GROWTH, "", "", "", "", "", ""),
    ("310000", "UNICORN", 2027, 100, "", "CUMULATIVE", "", SRC_SH_GROWTH, "", "", "", "", "", ""),
    ("310000", "SPECIALIZED_SME", 2030, 20000, "", "CUMULATIVE", "", SRC_SH_SRDI, "", "", "", "", "", ""),
    ("500000", "LITTLE_GIANT", 2027, 90, "NATIONAL", "NEW", 2025, SRC_CQ, "", "", "", "", "", ""),
    ("500000", "SINGLE_CHAMPION", 2027, 50, "", "NEW", 2025, SRC_CQ, "", "", "", "", "", ""),
    # "累计培育（潜在）独角兽和瞪羚等优质企业300家以上": each firm once, whichever it holds.
    ("500000", "GAZELLE", 2027, 300, "", "CUMULATIVE", "", SRC_CQ, "POTENTIAL_UNICORN|UNICORN", "", "", "", "", ""),
    # "百亿级企业达40家": revenue ≥ 100亿元 = 1,000,000万元.
    ("500000", "", 2027, 40, "", "CUMULATIVE", "", SRC_CQ, "", "", "REVENUE_TIER", 1000000, "", ""),
    ("330400", "EAGLE", 2028, 20, "", "CUMULATIVE", "", SRC_JX, "", "DRAFT", "", "", "", ""),
    ("330400", "SINGLE_CHAMPION", 2028, 28, "", "CUMULATIVE", "", SRC_JX, "", "DRAFT", "", "", "", ""),
    ("330400", "LITTLE_GIANT", 2028, 300, "NATIONAL", "CUMULATIVE", "", SRC_JX, "", "DRAFT", "", "", "", ""),
    ("330400", "SPECIALIZED_SME", 2028, 2000, "", "CUMULATIVE", "", SRC_JX, "", "DRAFT", "", "", "", ""),
    ("330400", "INNOVATIVE_SME", 2028, 4800, "", "CUMULATIVE", "", SRC_JX, "", "DRAFT", "", "", "", ""),
    ("330400", "ABOVE_SCALE", 2028, 1000, "", "NEW", 2026, SRC_JX, "", "DRAFT", "", "", "", ""),
    # "'链主'企业15家", "专精特新产业园2个以上，省级以上中小企业特色产业集群12个以上".
    ("330400", "", 2028, 15, "", "CUMULATIVE", "", SRC_JX, "", "DRAFT", "CHAIN_LEADERS", "", "", ""),
    ("330400", "", 2028, 2, "", "CUMULATIVE", "", SRC_JX, "", "DRAFT", "CLUSTERS", "", "SRDI_PARK", ""),
    ("330400", "", 2028, 12, "", "CUMULATIVE", "", SRC_JX, "", "DRAFT", "CLUSTERS", "", "SME_SPECIALTY", "PROVINCIAL"),
    ("320000", "LISTED", 2027, 30, "", "NEW", 2025, SRC_JS, "", "", "", "", "", ""),
]

INCENTIVES = [
    # id, region_code, designation, trigger, amount (万元, max), level, exclusive_group, source
    ("sh-gazelle-first", "310000", "GAZELLE", "FIRST_AWARD", 100, "MUNICIPAL", "", SRC_SH_GROWTH),
    ("sh-unicorn-first", "310000", "UNICORN", "FIRST_AWARD", 200, "MUNICIPAL", "", SRC_SH_GROWTH),
    ("sh-above-scale-first", "310000", "ABOVE_SCALE", "FIRST_AWARD", 50, "", "", SRC_SH_SRDI),
    ("sh-little-giant-growth", "310000", "LITTLE_GIANT", "SUSTAINED_GROWTH", 50, "NATIONAL", "", SRC_SH_SRDI),
    ("jx-single-champion-national-first", "330400", "SINGLE_CHAMPION", "FIRST_AWARD", 300, "NATIONAL",
     "jx-quality-award", SRC_JX),
    ("jx-little-giant-first", "330400", "LITTLE_GIANT", "FIRST_AWARD", 150, "NATIONAL",
     "jx-quality-award", SRC_JX),
    ("jx-hidden-champion-first", "330400", "HIDDEN_CHAMPION", "FIRST_AWARD", 100, "PROVINCIAL",
     "jx-quality-award", SRC_JX),
    ("jx-single-champion-provincial-first", "330400", "SINGLE_CHAMPION", "FIRST_AWARD", 30, "PROVINCIAL",
     "jx-quality-award", SRC_JX),
    ("jx-single-champion-national-renewal", "330400", "SINGLE_CHAMPION", "RENEWAL", 60, "NATIONAL",
     "jx-quality-award", SRC_JX),
    ("jx-little-giant-renewal", "330400", "LITTLE_GIANT", "RENEWAL", 30, "NATIONAL",
     "jx-quality-award", SRC_JX),
    ("jx-hidden-champion-renewal", "330400", "HIDDEN_CHAMPION", "RENEWAL", 20, "PROVINCIAL",
     "jx-quality-award", SRC_JX),
    ("jx-single-champion-provincial-renewal", "330400", "SINGLE_CHAMPION", "RENEWAL", 6, "PROVINCIAL",
     "jx-quality-award", SRC_JX),
    ("jx-above-scale-retained", "330400", "ABOVE_SCALE", "RETAINED", 10, "", "", SRC_JX),
]

# --------------------------------------------------------------------------------------
# Enums and file layout (docs/contracts.md §3)
# --------------------------------------------------------------------------------------
DESIGNATIONS = ["INNOVATIVE_SME", "SPECIALIZED_SME", "KEY_SPECIALIZED_SME", "LITTLE_GIANT",
                "SINGLE_CHAMPION", "HIDDEN_CHAMPION", "POTENTIAL_GAZELLE", "GAZELLE",
                "POTENTIAL_UNICORN", "UNICORN", "ABOVE_SCALE", "LISTED", "EAGLE"]
LEVELS = ["NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT"]
SME_LADDER = ["INNOVATIVE_SME", "SPECIALIZED_SME", "KEY_SPECIALIZED_SME", "LITTLE_GIANT", "SINGLE_CHAMPION"]
GROWTH_LADDER = ["POTENTIAL_GAZELLE", "GAZELLE", "POTENTIAL_UNICORN", "UNICORN"]
SME_ONLY = {"INNOVATIVE_SME", "SPECIALIZED_SME", "KEY_SPECIALIZED_SME", "LITTLE_GIANT", "HIDDEN_CHAMPION"}
SCALES = ["MICRO", "SMALL", "MEDIUM", "LARGE"]

FILES = [
    ("regions.csv", ["code", "name", "level", "parent_code"]),
    ("chains.csv", ["id", "name", "name_en", "description"]),
    ("segments.csv", ["id", "chain_id", "name", "stage", "critical", "capabilities", "parent_id"]),
    ("segment_flows.csv", ["from_segment", "to_segment", "kind"]),
    ("enterprises.csv", ["uscc", "name", "region_code", "scale", "founded", "revenue", "rd_ratio",
                         "employees", "growth", "growth_prev", "listed", "capabilities"]),
    ("designations.csv", ["uscc", "designation", "level", "year", "expires", "region_code"]),
    ("operations.csv", ["uscc", "segment_id", "main_product"]),
    ("supplies.csv", ["supplier_uscc", "customer_uscc", "segment_id", "since", "qualified"]),
    ("leaders.csv", ["uscc", "chain_id", "region_code"]),
    ("clusters.csv", ["id", "name", "type", "level", "region_code", "chain_ids"]),
    ("memberships.csv", ["cluster_id", "uscc", "since", "role"]),
    ("challenges.csv", ["id", "title", "issuer_uscc", "segment_id", "capabilities", "budget",
                        "deadline", "status"]),
    ("bids.csv", ["challenge_id", "uscc", "submitted", "outcome"]),
    ("events.csv", ["id", "name", "date", "region_code", "chain_id", "theme"]),
    ("attendance.csv", ["event_id", "uscc", "side"]),
    ("targets.csv", ["region_code", "designation", "year", "count", "level", "basis", "base_year", "source",
                     "also_designations", "status", "kind", "min_revenue", "cluster_type", "min_level"]),
    ("incentives.csv", ["id", "region_code", "designation", "trigger", "amount", "level",
                        "exclusive_group", "source"]),
]

# Fictional brand syllables.  Combinations are screened against a few well-known real
# brands and against the hand-named leaders' brands (so no generated firm looks like a
# leader's subsidiary); any remaining resemblance to a real company is coincidental.
BRAND_FIRST = "澜瀚泓辰曜凌铂骏宸昊岚淞沐熠翊璟珩峻沛澄砺琨邃擎钧镭湃溯汐霁朔栖玥珈昶晟骐骁麟钺芮闳焕烨炜煊煜祺禹稷穹竑筠纬绮羿翎舜茗菁衍谦赟逸铄锴韬颀飒驭鲲鹭"
BRAND_SECOND = "微源芯科创达智诚鑫盛通联安远华锋泰德成宇航力新光能维矽峰途元和川策捷迪腾拓锐晶驰衡越启"
REAL_BRANDS = {"宸芯", "晟芯", "澜起", "辰芯", "芮科", "禹衡", "昊华", "晟华", "钧达", "韬达", "骏成", "宸德",
               "煜晶", "朔能", "骐力", "骁驰", "麟航", "钧能", "澜矽", "瀚微", "擎拓", "曜芯", "澄光", "韬源",
               "沐曦", "翎创", "锐科", "鑫华", "华源", "昊源", "镭神", "凌云", "凌达", "泓芯", "宸华"}


# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------
class Segment:
    def __init__(self, chain, key, name, stage, critical, caps, parent, products, words, heavy, rd):
        self.chain = chain
        self.key = key
        self.id = f"{chain}-{key}"
        self.name = name
        self.stage = stage
        self.critical = critical
        self.caps = caps
        self.parent = f"{chain}-{parent}" if parent else ""
        self.products = products
        self.words = words
        self.heavy = heavy
        self.rd = rd


class Firm:
    def __init__(self, chain, seg, region, arch, leader=None):
        self.chain = chain
        self.segs = [seg]          # segment ids, primary first
        self.region = region
        self.kind = region_kind(region)
        self.arch = arch           # archetype (see gen_attributes)
        self.leader = leader       # LEADERS row or None
        self.special = None
        self.forced = {}
        self.uscc = ""
        self.name = ""
        self.scale = ""
        self.founded = 0
        self.revenue = 0
        self.rd = 0.0
        self.employees = 0
        self.growth = 0.0
        self.growth_prev = 0.0
        self.listed = False
        self.caps: list[str] = []
        self.desigs: list[tuple] = []   # (designation, level, year, expires or None, region_code)
        self.products: dict[str, str] = {}

    @property
    def quality_planned(self):
        return self.arch.startswith("Q") or self.arch == "LEADER"


SEGS: dict[str, Segment] = {}
for _chain, _rows in SEGMENTS.items():
    for _row in _rows:
        _s = Segment(_chain, *_row)
        SEGS[_s.id] = _s
CHAIN_SEGS = {c: [s for s in SEGS.values() if s.chain == c] for c in SEGMENTS}
FEEDS = {c: [(f"{c}-{f[0]}", f"{c}-{f[1]}") for f in FLOWS[c]] for c in FLOWS}
# PROCESS flows (segment_flows.csv kind): work flows downstream, but the downstream firm serves the upstream one.
PROCESS = {(f"{c}-{f[0]}", f"{c}-{f[1]}") for c in FLOWS for f in FLOWS[c] if len(f) > 2 and f[2] == "PROCESS"}
SUCC = defaultdict(list)
PRED = defaultdict(list)
for _c, _edges in FEEDS.items():
    for _a, _b in _edges:
        SUCC[_a].append(_b)
        PRED[_b].append(_a)


def reach(start: str, nexts) -> set[str]:
    seen, stack = set(), list(nexts[start])
    while stack:
        s = stack.pop()
        if s not in seen:
            seen.add(s)
            stack.extend(nexts[s])
    return seen


def weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def status_of(seg_id: str) -> str:
    return HOME_PROFILE.get(seg_id, "COVERED")


# --------------------------------------------------------------------------------------
# Planning: which firms exist, where, in which segment, of which archetype
# --------------------------------------------------------------------------------------
Q_WEIGHTS = {
    "SH": [("Q_LARGE", 5), ("Q_ABOVE", 16), ("Q_SRDI", 26), ("Q_LG", 22), ("Q_CHAMP", 4),
           ("Q_GAZ", 16), ("Q_UNI", 6)],
    "CQ": [("Q_LARGE", 6), ("Q_ABOVE", 18), ("Q_SRDI", 26), ("Q_LG", 18), ("Q_CHAMP", 8),
           ("Q_GAZ", 14), ("Q_UNI", 4)],
    "JX": [("Q_LARGE", 6), ("Q_ABOVE", 18), ("Q_SRDI", 24), ("Q_KEY", 10), ("Q_LG", 20),
           ("Q_CHAMP", 16)],
    "JS": [("Q_LARGE", 12), ("Q_ABOVE", 20), ("Q_SRDI", 28), ("Q_LG", 26), ("Q_CHAMP", 8)],
    "SN": [("Q_LARGE", 12), ("Q_ABOVE", 20), ("Q_SRDI", 28), ("Q_LG", 26), ("Q_CHAMP", 8)],
}
N_WEIGHTS = [("N_PLAIN", 40), ("N_INNOV", 40), ("N_EXPIRED", 20)]

SPECIAL_ARCH = {
    "LG_SUST": "Q_LG", "LG_NEAR": "Q_LG", "LG25": "Q_LG", "LG26": "Q_LG", "LG26HC": "Q_LG",
    "LG_RENEW26": "Q_LG", "SCN26": "Q_CHAMP", "SCN_RENEW26": "Q_CHAMP", "SCP26": "Q_CHAMP", "SCP_RENEW26": "Q_CHAMP",
    "SCM25": "Q_CHAMP", "SCM26": "Q_CHAMP", "HC26": "Q_CHAMP", "HC_RENEW26": "Q_CHAMP",
    "GAZ25": "Q_GAZ", "GAZ26": "Q_GAZ", "UNI25": "Q_UNI", "UNI26": "Q_UNI",
    "AS23": "Q_ABOVE", "AS24": "Q_ABOVE", "AS25": "Q_ABOVE", "AS26": "Q_SRDI",
}


def plan(rng: random.Random) -> list[Firm]:
    firms: list[Firm] = []
    leaders_by_primary = defaultdict(list)
    for row in LEADERS:
        leaders_by_primary[f"{row[1]}-{row[3][0]}"].append(row)
    for chain, segs in CHAIN_SEGS.items():
        for seg in segs:
            status = status_of(seg.id)
            leaders = leaders_by_primary.get(seg.id, [])
            if status == "MISSING":
                slots = []
            elif status == "WEAK":
                slots = ["N"] * rng.randint(1, 2)
            elif status == "SINGLE":
                slots = ["Q"] + ["N"] * rng.randint(1, 2)
            else:
                n = rng.randint(3, 6)
                q = rng.randint(2, min(n, 4))
                slots = ["Q"] * q + ["N"] * (n - q)
                if leaders:
                    slots = ["Q"] * max(0, q - len(leaders)) + ["N"] * max(1, n - q)
            assert not leaders or status == "COVERED", f"leader planned in non-covered {seg.id}"
            for row in leaders:
                f = Firm(chain, seg.id, row[2], "LEADER", leader=row)
                f.segs = [f"{chain}-{k}" for k in row[3]]
                firms.append(f)
            for slot in slots:
                district = weighted(rng, HOME_DISTRICTS[chain])
                kind = region_kind(district)
                if slot == "Q":
                    arch = weighted(rng, Q_WEIGHTS[kind])
                    if seg.heavy and rng.random() < 0.3:
                        arch = "Q_LARGE"
                else:
                    arch = weighted(rng, N_WEIGHTS)
                firms.append(Firm(chain, seg.id, district, arch))
            # out-of-region enterprises (招商 candidates)
            if status == "MISSING":
                n_out = rng.randint(3, 5)
            elif status in ("WEAK", "SINGLE"):
                n_out = rng.randint(1, 3)
            else:
                r = rng.random()
                n_out = 2 if r < 0.06 else 1 if r < 0.5 else 0
            for i in range(n_out):
                district = weighted(rng, OUTSIDE_DISTRICTS[chain])
                kind = region_kind(district)
                good = i < 2 if status == "MISSING" else rng.random() < 0.6
                if good:
                    arch = weighted(rng, Q_WEIGHTS[kind])
                    if seg.heavy and rng.random() < 0.5:
                        arch = "Q_LARGE"
                else:
                    arch = weighted(rng, N_WEIGHTS)
                firms.append(Firm(chain, seg.id, district, arch))
    # planted policy demos: turn some quality home firms of COVERED segments into specials
    for kind, specials in SPECIALS.items():
        pool = [f for f in firms
                if f.kind == kind and f.arch.startswith("Q") and f.arch != "Q_LARGE"
                and CHAIN_HOME[f.chain] in region_ancestors(f.region)
                and status_of(f.segs[0]) == "COVERED"]
        chosen = rng.sample(pool, len(specials))
        for f, sp in zip(chosen, specials):
            f.special = sp
            f.arch = SPECIAL_ARCH[sp]
    # secondary segments (1-3 segments in total)
    for f in firms:
        if f.leader:
            continue
        r = rng.random()
        extra = 2 if r < 0.08 else 1 if r < 0.38 else 0
        if extra == 0:
            continue
        home = CHAIN_HOME[f.chain] in region_ancestors(f.region)
        cands = related(f.segs[0])
        if home:
            cands = [s for s in cands if status_of(s) == "COVERED"]
        cands = [s for s in cands if s not in f.segs]
        for s in rng.sample(cands, min(extra, len(cands))):
            f.segs.append(s)
    return firms


def related(seg_id: str) -> list[str]:
    seg = SEGS[seg_id]
    out = []
    for group in RELATED[seg.chain]:
        ids = [f"{seg.chain}-{k}" for k in group]
        if seg_id in ids:
            out += [s for s in ids if s != seg_id and s not in out]
    return out


def neighbours(seg_id: str) -> list[str]:
    seg = SEGS[seg_id]
    out = []
    for s in CHAIN_SEGS[seg.chain]:
        if s.id == seg_id:
            continue
        related = (s.id == seg.parent or s.parent == seg_id or (seg.parent and s.parent == seg.parent)
                   or s.id in SUCC[seg_id] or s.id in PRED[seg_id])
        if related:
            out.append(s.id)
    return out


# --------------------------------------------------------------------------------------
# Attributes
# --------------------------------------------------------------------------------------
RD_RANGE = {"S": (12.0, 32.0), "E": (7.0, 19.0), "M": (3.5, 11.0), "P": (2.6, 7.5), "V": (1.6, 6.0)}


def clip(x, lo, hi):
    return max(lo, min(hi, x))


def set_scale_numbers(f: Firm, rng: random.Random, scale: str, rev_lo: int, rev_hi: int):
    f.scale = scale
    f.revenue = rng.randint(rev_lo, rev_hi)
    if scale == "MICRO":
        f.employees = rng.randint(5, 19)
    elif scale == "SMALL":
        f.employees = int(clip(20 + f.revenue / rng.uniform(25, 60), 20, 299))
    elif scale == "MEDIUM":
        f.employees = int(clip(300 + f.revenue / rng.uniform(60, 140), 300, 999))
    else:
        f.employees = int(clip(1000 + f.revenue / rng.uniform(90, 220), 1000, 60000))


def gen_attributes(f: Firm, rng: random.Random):
    seg = SEGS[f.segs[0]]
    a = f.arch
    lo_rd, hi_rd = RD_RANGE[seg.rd]
    f.rd = round(rng.uniform(lo_rd, hi_rd), 1)
    f.growth = round(clip(rng.gauss(11, 13), -28, 75), 1)
    f.growth_prev = round(clip(rng.gauss(10, 13), -30, 70), 1)
    if a == "LEADER":
        f.founded = f.leader[6]
        f.listed = f.leader[5]
        rev = f.leader[7]
        set_scale_numbers(f, rng, "LARGE", rev, rev)
        f.rd = round(rng.uniform(max(3.0, lo_rd * 0.6), max(6.0, hi_rd * 0.6)), 1)
        f.growth = round(rng.uniform(-6, 28), 1)
        f.growth_prev = round(rng.uniform(-4, 30), 1)
    elif a == "Q_LARGE":
        f.founded = rng.randint(1996, 2014)
        set_scale_numbers(f, rng, "LARGE", 45000, 1200000)
        f.listed = rng.random() < 0.55
        f.rd = round(rng.uniform(max(2.5, lo_rd * 0.5), max(5.0, hi_rd * 0.7)), 1)
    elif a == "Q_UNI":
        f.founded = rng.randint(2014, 2020)
        if rng.random() < 0.6:
            set_scale_numbers(f, rng, "MEDIUM", 8000, 39000)
        else:
            set_scale_numbers(f, rng, "LARGE", 42000, 180000)
        f.growth = round(rng.uniform(32, 95), 1)
        f.growth_prev = round(rng.uniform(28, 110), 1)
        f.rd = round(rng.uniform(max(8.0, lo_rd), max(20.0, hi_rd)), 1)
    elif a == "Q_GAZ":
        f.founded = rng.randint(2011, 2019)
        if rng.random() < 0.5:
            set_scale_numbers(f, rng, "SMALL", 2200, 9000)
        else:
            set_scale_numbers(f, rng, "MEDIUM", 3000, 30000)
        f.growth = round(rng.uniform(21, 68), 1)
        f.growth_prev = round(rng.uniform(20, 60), 1)
    elif a == "Q_ABOVE":
        f.founded = rng.randint(2000, 2018)
        if rng.random() < 0.6:
            set_scale_numbers(f, rng, "MEDIUM", 2100, 36000)
        else:
            set_scale_numbers(f, rng, "SMALL", 2000, 7800)
    elif a == "Q_SRDI":
        f.founded = rng.randint(2005, 2018)
        if rng.random() < 0.6:
            set_scale_numbers(f, rng, "SMALL", 700, 8000)
        else:
            set_scale_numbers(f, rng, "MEDIUM", 2200, 18000)
    elif a == "Q_KEY":
        f.founded = rng.randint(2004, 2016)
        set_scale_numbers(f, rng, rng.choice(["SMALL", "MEDIUM"]), 2600, 20000)
    elif a == "Q_LG":
        f.founded = rng.randint(2002, 2016)
        if rng.random() < 0.35:
            set_scale_numbers(f, rng, "SMALL", 2500, 9500)
        else:
            set_scale_numbers(f, rng, "MEDIUM", 5000, 38000)
        if rng.random() < 0.15:      # a few near the 3% R&D line (promotion near-misses)
            f.rd = round(rng.uniform(2.2, 3.4), 1)
        else:
            f.rd = round(max(f.rd, rng.uniform(3.2, 9.0)), 1)
    elif a == "Q_CHAMP":
        f.founded = rng.randint(1998, 2012)
        if rng.random() < 0.8:
            set_scale_numbers(f, rng, "MEDIUM", 15000, 39500)
        else:
            set_scale_numbers(f, rng, "MEDIUM", 8000, 15000)
        f.rd = round(max(f.rd, rng.uniform(3.5, 8.0)), 1)
    elif a == "N_PLAIN":
        f.founded = rng.randint(2012, 2024)
        if rng.random() < 0.5:
            set_scale_numbers(f, rng, "MICRO", 40, 290)
        else:
            set_scale_numbers(f, rng, "SMALL", 300, 1950)
    elif a == "N_INNOV":
        f.founded = rng.randint(2013, 2022)
        if rng.random() < 0.3:
            set_scale_numbers(f, rng, "MICRO", 80, 290)
        else:
            set_scale_numbers(f, rng, "SMALL", 300, 1950)
    elif a == "N_EXPIRED":
        f.founded = rng.randint(2006, 2016)
        set_scale_numbers(f, rng, "SMALL", 500, 1950)
        f.growth = round(rng.uniform(-22, 6), 1)
    else:
        raise AssertionError(a)
    if a in ("Q_LG", "Q_CHAMP") and f.scale == "MEDIUM" and f.revenue >= 12000 and rng.random() < 0.18:
        f.listed = True           # a few 专精特新 SMEs listed on 科创板 / 北交所
    sp = f.special
    if sp in ("LG_SUST",):
        f.growth = round(rng.uniform(20.5, 46), 1)
        f.growth_prev = round(rng.uniform(20.2, 38), 1)
    elif sp == "LG_NEAR":
        f.growth = round(rng.uniform(22, 35), 1)
        f.growth_prev = round(rng.uniform(15.5, 19.6), 1)
    elif f.arch == "Q_LG" and f.kind == "SH" and f.growth >= 20 and f.growth_prev >= 20:
        f.growth_prev = round(rng.uniform(8, 19), 1)    # keep the growth-award demo deliberate
    if sp in ("AS23", "AS24", "AS25", "AS26"):
        set_scale_numbers(f, rng, "SMALL" if sp == "AS26" else f.scale, 2050, 2900)
        f.growth = round(rng.uniform(18, 42), 1)


# --------------------------------------------------------------------------------------
# Designations
# --------------------------------------------------------------------------------------
def sme_region_level(f: Firm):
    """Level and awarding region of provincial-tier SME awards (municipal for 上海/重庆)."""
    if f.kind in ("SH", "CQ"):
        return "MUNICIPAL", province_of(f.region)
    return "PROVINCIAL", province_of(f.region)


def add(f: Firm, desig, level, year, expires, region):
    f.desigs.append((desig, level, year, expires, region))


def renewals(first: int, until_excl: int | None, period: int) -> list[int]:
    ys, y = [], first
    while y <= LAST_YEAR and (until_excl is None or y < until_excl):
        ys.append(y)
        y += period
    return ys


def gen_sme_ladder(f: Firm, rng: random.Random, top: str, champ: tuple | None = None,
                   forced: dict | None = None, lapse: bool = False):
    """Awards along 创新型 → 专精特新 (→ 重点专精特新) → 小巨人 (→ champion).

    Each step is renewed every three years (expires = year + 3) while it is the firm's
    highest SME step; 小巨人 and champion titles keep being renewed.  创新型中小企业 exists
    from 2022, so only firms whose first 专精特新 award is 2023 or later show it.
    """
    forced = forced or {}
    lvl, reg = sme_region_level(f)
    steps = [("SPECIALIZED_SME", lvl, reg)]
    if f.kind == "JX" and (top == "KEY_SPECIALIZED_SME"
                           or (top in ("LITTLE_GIANT", "CHAMP") and rng.random() < 0.5)):
        steps.append(("KEY_SPECIALIZED_SME", "PROVINCIAL", "330000"))
    if top in ("LITTLE_GIANT", "CHAMP"):
        steps.append(("LITTLE_GIANT", "NATIONAL", ""))
    if top == "CHAMP":
        steps.append(champ)
    earliest = max(FIRST_YEAR, f.founded + 2)
    firsts: dict[str, int] = {}
    nxt = None
    for i in range(len(steps) - 1, -1, -1):
        d = steps[i][0]
        if d in forced:
            y = forced[d]
        elif nxt is None:
            y = rng.randint(min(2025, earliest + i), 2025)
        else:
            hi = nxt - 1
            if hi < earliest + i:
                break
            y = rng.randint(max(earliest + i, hi - 3), hi)
        firsts[d] = y
        nxt = y
    kept = [s for s in steps if s[0] in firsts]
    for i, (d, level, region) in enumerate(kept):
        parallel = d in ("LITTLE_GIANT", "SINGLE_CHAMPION", "HIDDEN_CHAMPION")
        nxt_first = None
        if not parallel and i + 1 < len(kept):
            nxt_first = firsts[kept[i + 1][0]]
        years = [firsts[d]] if lapse else renewals(firsts[d], nxt_first, 3)
        for y in years:
            add(f, d, level, y, y + 3, region)
    lowest = min(firsts.values())
    if lowest >= 2023 and rng.random() < 0.8:
        y = rng.randint(2022, lowest - 1)
        add(f, "INNOVATIVE_SME", lvl, y, y + 3, reg)
    return firsts


def gen_growth_ladder(f: Firm, rng: random.Random, top: str, forced: dict | None = None,
                      district_level: bool = False):
    """瞪羚/独角兽 lists are published yearly; a listing is valid two years (expires = year + 1),
    and a firm is re-listed every other year while it stays on that step."""
    forced = forced or {}
    idx = GROWTH_LADDER.index(top)
    steps = GROWTH_LADDER[: idx + 1]
    if idx >= 2 and rng.random() < 0.5:
        steps = steps[1:]
    earliest = max(FIRST_YEAR, f.founded + 2)
    firsts: dict[str, int] = {}
    nxt = None
    for i in range(len(steps) - 1, -1, -1):
        d = steps[i]
        if d in forced:
            y = forced[d]
        elif nxt is None:
            y = rng.randint(min(2025, earliest + i), 2025)
        else:
            hi = nxt - 1
            if hi < earliest + i:
                break
            y = rng.randint(max(earliest + i, hi - 2), hi)
        firsts[d] = y
        nxt = y
    kept = [d for d in steps if d in firsts]
    region = province_of(f.region)
    for i, d in enumerate(kept):
        nxt_first = firsts[kept[i + 1]] if i + 1 < len(kept) else None
        for y in renewals(firsts[d], nxt_first, 2):
            if district_level and d == "POTENTIAL_GAZELLE":
                add(f, d, "DISTRICT", y, y + 1, f.region)
            else:
                add(f, d, "MUNICIPAL", y, y + 1, region)
    return firsts


def gen_scale(f: Firm, rng: random.Random, forced_year: int | None = None):
    if f.revenue < 2000 and forced_year is None:
        return
    if forced_year is not None:
        y = forced_year
    elif f.scale in ("LARGE",) or f.leader:
        y = rng.randint(max(2005, f.founded + 1), max(2005, f.founded + 6))
    else:
        y = rng.randint(max(2008, f.founded + 2), 2021 if f.listed else 2025)
    add(f, "ABOVE_SCALE", "MUNICIPAL", y, None, city_of(f.region))
    if f.listed:
        ly = rng.randint(max(y + 1, f.founded + 5, 2008), 2025)
        add(f, "LISTED", "NATIONAL", ly, None, "")


def champion_for(f: Firm, rng: random.Random, special: str | None):
    if special in ("SCN26", "SCN_RENEW26"):
        return ("SINGLE_CHAMPION", "NATIONAL", "")
    if special in ("SCP26", "SCP_RENEW26"):
        return ("SINGLE_CHAMPION", "PROVINCIAL", "330000")
    if special in ("SCM25", "SCM26"):
        return ("SINGLE_CHAMPION", "MUNICIPAL", "500000")
    if special in ("HC26", "HC_RENEW26"):
        return ("HIDDEN_CHAMPION", "PROVINCIAL", "330000")
    if f.kind == "JX":
        return rng.choice([("SINGLE_CHAMPION", "NATIONAL", ""), ("SINGLE_CHAMPION", "PROVINCIAL", "330000"),
                           ("HIDDEN_CHAMPION", "PROVINCIAL", "330000")])
    if f.kind == "CQ":
        return rng.choice([("SINGLE_CHAMPION", "NATIONAL", ""), ("SINGLE_CHAMPION", "MUNICIPAL", "500000")])
    return ("SINGLE_CHAMPION", "NATIONAL", "")


SPECIAL_FORCED = {
    "LG25": {"LITTLE_GIANT": 2025}, "LG26": {"LITTLE_GIANT": 2026}, "LG26HC": {"LITTLE_GIANT": 2026},
    "LG_RENEW26": {"LITTLE_GIANT": 2023},
    "SCN26": {"SINGLE_CHAMPION": 2026}, "SCN_RENEW26": {"SINGLE_CHAMPION": 2023},
    "SCP26": {"SINGLE_CHAMPION": 2026}, "SCP_RENEW26": {"SINGLE_CHAMPION": 2023}, "SCM25": {"SINGLE_CHAMPION": 2025},
    "SCM26": {"SINGLE_CHAMPION": 2026}, "HC26": {"HIDDEN_CHAMPION": 2026},
    "HC_RENEW26": {"HIDDEN_CHAMPION": 2023},
    "GAZ25": {"GAZELLE": 2025}, "GAZ26": {"GAZELLE": 2026},
    "UNI25": {"UNICORN": 2025}, "UNI26": {"UNICORN": 2026},
}


def gen_designations(f: Firm, rng: random.Random):
    a, sp = f.arch, f.special
    forced = SPECIAL_FORCED.get(sp, {})
    growth_kinds = ("SH", "CQ")
    if a in ("LEADER", "Q_LARGE"):
        gen_scale(f, rng)
        if rng.random() < (0.5 if a == "LEADER" else 0.3) and SEGS[f.segs[0]].rd in "PME":
            y = rng.randint(FIRST_YEAR, 2025)
            for yy in renewals(y, None, 3):
                add(f, "SINGLE_CHAMPION", "NATIONAL", yy, yy + 3, "")
        if f.kind == "JX" and rng.random() < (0.85 if a == "LEADER" else 0.35):
            add(f, "EAGLE", "PROVINCIAL", rng.randint(FIRST_YEAR, 2024), None, "330000")
        if a == "Q_LARGE" and f.kind in growth_kinds and not f.listed and f.founded >= 2010 \
                and rng.random() < 0.5:
            gen_growth_ladder(f, rng, "UNICORN")
    elif a == "Q_UNI":
        top = "UNICORN" if (sp == "UNI25" or sp == "UNI26" or rng.random() < 0.5) else "POTENTIAL_UNICORN"
        gen_growth_ladder(f, rng, top, forced)
        gen_scale(f, rng)
    elif a == "Q_GAZ":
        top = "GAZELLE" if (sp in ("GAZ25", "GAZ26") or rng.random() < 0.55) else "POTENTIAL_GAZELLE"
        gen_growth_ladder(f, rng, top, forced, district_level=rng.random() < 0.3 and not sp)
        if rng.random() < 0.5:
            gen_sme_ladder(f, rng, rng.choice(["SPECIALIZED_SME", "LITTLE_GIANT"]))
        gen_scale(f, rng)
    elif a == "Q_ABOVE":
        year = {"AS23": 2023, "AS24": 2024, "AS25": 2025}.get(sp)
        if year is None:
            year = rng.randint(max(2008, f.founded + 2), 2025)
        gen_scale(f, rng, year)
        if rng.random() < 0.25:
            y = rng.randint(2023, 2025)
            lvl, reg = sme_region_level(f)
            add(f, "INNOVATIVE_SME", lvl, y, y + 3, reg)
    elif a == "Q_SRDI":
        gen_sme_ladder(f, rng, "SPECIALIZED_SME")
        gen_scale(f, rng, 2026 if sp == "AS26" else None)
    elif a == "Q_KEY":
        gen_sme_ladder(f, rng, "KEY_SPECIALIZED_SME")
        gen_scale(f, rng)
    elif a == "Q_LG":
        gen_sme_ladder(f, rng, "LITTLE_GIANT", forced=forced)
        if sp == "LG26HC":
            add(f, "HIDDEN_CHAMPION", "PROVINCIAL", 2026, 2029, "330000")
        if f.kind in growth_kinds and rng.random() < 0.2 and not sp:
            gen_growth_ladder(f, rng, "GAZELLE")
        gen_scale(f, rng)
    elif a == "Q_CHAMP":
        gen_sme_ladder(f, rng, "CHAMP", champion_for(f, rng, sp), forced=forced)
        gen_scale(f, rng)
    elif a == "N_INNOV":
        y = rng.randint(2023, 2026)
        lvl, reg = sme_region_level(f)
        add(f, "INNOVATIVE_SME", lvl, y, y + 3, reg)
    elif a == "N_EXPIRED":
        lvl, reg = sme_region_level(f)
        y = rng.randint(2019, 2021)
        add(f, "SPECIALIZED_SME", lvl, y, y + 3, reg)       # not renewed: lapsed by 2025
        if rng.random() < 0.5:
            y2 = rng.randint(2024, 2025)
            add(f, "INNOVATIVE_SME", lvl, y2, y2 + 3, reg)
        if f.kind in growth_kinds and rng.random() < 0.3:
            y3 = rng.randint(2020, 2022)
            add(f, "POTENTIAL_GAZELLE", "MUNICIPAL", y3, y3 + 1, province_of(f.region))
    elif a == "N_PLAIN":
        pass
    else:
        raise AssertionError(a)
    f.desigs.sort(key=lambda d: (d[2], DESIGNATIONS.index(d[0]), LEVELS.index(d[1])))


# --------------------------------------------------------------------------------------
# Names, USCCs, capabilities
# --------------------------------------------------------------------------------------
def make_name(f: Firm, rng: random.Random, used: set[str]) -> str:
    if f.leader:
        return f.leader[4]
    seg = SEGS[f.segs[0]]
    for _ in range(500):
        brand = rng.choice(BRAND_FIRST) + rng.choice(BRAND_SECOND)
        if brand in REAL_BRANDS or brand[0] == brand[1]:
            continue
        word = rng.choice(seg.words)
        if f.listed or (f.scale == "LARGE" and rng.random() < 0.4):
            suffix = "股份有限公司"
        else:
            suffix = "有限公司"
        if not word.endswith(("科技", "技术", "智能")) and rng.random() < 0.35:
            word += "科技"
        if f.kind in ("SH", "CQ", "JX") and rng.random() < 0.18 and suffix == "有限公司":
            name = f"{brand}{word}（{BRACKET_CITY[f.kind]}）{suffix}"
        else:
            name = f"{rng.choice(NAME_PREFIXES[f.region])}{brand}{word}{suffix}"
        if name not in used:
            used.add(name)
            return name
    raise AssertionError("could not find a unique name")


ORG_BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def make_uscc(f: Firm, rng: random.Random, used: set[str]) -> str:
    for _ in range(1000):
        if f.founded >= 2016:
            body = "MA" + "".join(rng.choice(ORG_BODY_CHARS) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        first17 = "91" + f.region + body + org_code_check(body)
        code = first17 + uscc_check_char(first17)
        if code not in used:
            used.add(code)
            return code
    raise AssertionError("could not find a unique USCC")


def gen_capabilities(f: Firm, rng: random.Random):
    caps: list[str] = []
    for i, sid in enumerate(f.segs):
        for c in SEGS[sid].caps:
            if (i == 0 and not caps) or rng.random() < (0.8 if i == 0 else 0.5):
                if c not in caps and len(caps) < 4:
                    caps.append(c)
    f.caps = caps


def seed_missing_capabilities(firms: list[Firm], rng: random.Random):
    """For each planned MISSING segment, give two local firms of neighbouring segments one of
    the capabilities it requires, so gap analysis has local (capability-based) candidates."""
    for sid, st in HOME_PROFILE.items():
        if st != "MISSING":
            continue
        seg = SEGS[sid]
        home = CHAIN_HOME[seg.chain]
        near = set(neighbours(sid))
        for other in neighbours(sid):
            near.update(neighbours(other))
        near.discard(sid)
        local = sorted((f for f in firms if home in region_ancestors(f.region) and f.chain == seg.chain
                        and sid not in f.segs),
                       key=lambda f: (0 if any(s in near for s in f.segs) else 1, f.uscc))
        have = [f for f in local if set(f.caps) & set(seg.caps)]
        need = max(0, 2 - len(have))
        pool = [f for f in local if f not in have]
        close = [f for f in pool if any(s in near for s in f.segs)]
        pick = rng.sample(close, min(need, len(close)))
        pick += [f for f in pool if f not in pick][: need - len(pick)]
        for f in pick:
            f.caps.append(rng.choice(seg.caps))


# --------------------------------------------------------------------------------------
# Analytics used to check the plan (docs/contracts.md §6)
# --------------------------------------------------------------------------------------
def valid_in(d, year: int) -> bool:
    return d[2] <= year and (d[3] is None or d[3] >= year)


def is_quality(f: Firm, year: int, leader_usccs: set[str]) -> bool:
    return (f.scale == "LARGE" or f.uscc in leader_usccs
            or any(valid_in(d, year) and d[0] != "INNOVATIVE_SME" for d in f.desigs))


def gap_report(firms, chain: str, region: str, year: int, leader_usccs):
    segs = CHAIN_SEGS[chain]
    counts = {}
    for s in segs:
        local = [f for f in firms if s.id in f.segs and region in region_ancestors(f.region)]
        q = [f for f in local if is_quality(f, year, leader_usccs)]
        counts[s.id] = (len(local), len(q))
    K = {sid for sid, (n, _) in counts.items() if n > 0}
    rows = []
    for s in segs:
        n, q = counts[s.id]
        status = "MISSING" if n == 0 else "WEAK" if q == 0 else "SINGLE_SOURCE" if q == 1 else "COVERED"
        down = reach(s.id, SUCC)
        up = reach(s.id, PRED)
        if status == "MISSING":
            kind = "FILL" if (up & K and down & K) else "EXTEND"
            w = 1.0
        elif status == "WEAK":
            kind, w = "STRENGTHEN", 0.6
        elif status == "SINGLE_SOURCE":
            kind, w = "SECURE", 0.3
        else:
            kind, w = "", 0.0
        d = len(down & K)
        severity = (2 if s.critical else 1) * (1 + d) * w
        rows.append((s.id, s.name, status, kind, round(severity, 2), n, q))
    return rows


def incentive_matches(f: Firm, year: int):
    """docs/contracts.md §6 'Incentives', for the report and the checks."""
    regions = set(region_ancestors(f.region))
    out = []
    for inc in INCENTIVES:
        iid, reg, desig, trig, amount, level, group, _src = inc
        if reg not in regions:
            continue
        awards = [d for d in f.desigs if d[0] == desig and (not level or d[1] == level)]
        if not awards:
            continue
        firsts = {}
        for d in awards:
            firsts[d[1]] = min(firsts.get(d[1], 9999), d[2])
        hit = False
        if trig == "FIRST_AWARD":
            hit = any(y == year for y in firsts.values())
        elif trig == "RENEWAL":
            hit = any(d[2] == year and d[2] != firsts[d[1]] for d in awards)
        elif trig == "SUSTAINED_GROWTH":
            hit = any(valid_in(d, year) for d in awards) and f.growth >= 20 and f.growth_prev >= 20
        elif trig == "RETAINED":
            hit = any(firsts[d[1]] == year - 2 and valid_in(d, year) for d in awards)
        if hit:
            out.append([iid, amount, group, False])
    for g in sorted({m[2] for m in out if m[2]}):
        members = [m for m in out if m[2] == g]
        best = max(members, key=lambda m: (m[1], m[0]))
        for m in members:
            m[3] = m is not best
    return out


# --------------------------------------------------------------------------------------
# Build everything
# --------------------------------------------------------------------------------------
def build():
    rng = random.Random(SEED)
    firms = plan(rng)
    for f in firms:
        gen_attributes(f, rng)
    # names and USCCs before designations so that ordering is stable
    used_names, used_usccs = set(), set()
    for f in firms:
        f.uscc = make_uscc(f, rng, used_usccs)
    for f in firms:
        gen_designations(f, rng)
        f.desigs.sort(key=lambda d: (d[2], DESIGNATIONS.index(d[0]), LEVELS.index(d[1])))
        f.name = make_name(f, rng, used_names)
        gen_capabilities(f, rng)
        for sid in f.segs:
            prods = SEGS[sid].products
            if f.leader and len(prods) > 1:
                f.products[sid] = "、".join(prods[:2])
            else:
                f.products[sid] = rng.choice(prods)
    firms.sort(key=lambda f: (["SH", "CQ", "JX", "JS", "SN"].index(f.kind), f.region, f.uscc))
    seed_missing_capabilities(firms, rng)

    by_key = {f.leader[0]: f for f in firms if f.leader}
    leader_usccs = {f.uscc for f in firms if f.leader}

    T: dict[str, list[list]] = {}
    T["regions.csv"] = [list(r) for r in REGIONS]
    T["chains.csv"] = [[c[0], c[1], c[2], c[3]] for c in CHAINS]
    T["segments.csv"] = [[s.id, s.chain, s.name, s.stage, "true" if s.critical else "false",
                          "|".join(s.caps), s.parent] for s in SEGS.values()]
    T["segment_flows.csv"] = [[a, b, "PROCESS" if (a, b) in PROCESS else ""] for c in FEEDS for a, b in FEEDS[c]]

    T["enterprises.csv"] = [[f.uscc, f.name, f.region, f.scale, f.founded, f.revenue, f"{f.rd:.1f}",
                             f.employees, f"{f.growth:.1f}", f"{f.growth_prev:.1f}",
                             "true" if f.listed else "false", "|".join(f.caps)] for f in firms]
    T["designations.csv"] = [[f.uscc, d[0], d[1], d[2], "" if d[3] is None else d[3], d[4]]
                             for f in firms for d in f.desigs]
    T["operations.csv"] = [[f.uscc, sid, f.products[sid]] for f in firms for sid in f.segs]

    # supplies along FEEDS
    in_seg = defaultdict(list)
    for f in firms:
        for sid in f.segs:
            in_seg[sid].append(f)
    supplies = {}
    for chain in FEEDS:
        for s, t in FEEDS[chain]:
            for cust in in_seg[t]:
                big = cust.scale == "LARGE"
                k = rng.randint(2, 3) if big else (1 if rng.random() < 0.45 else 0)
                cands = [x for x in in_seg[s] if x is not cust]
                if not cands or k == 0:
                    continue
                same = [x for x in cands if x.kind == cust.kind]
                other = [x for x in cands if x.kind != cust.kind]
                picks = []
                for _ in range(k):
                    pool = same if (same and (rng.random() < 0.75 or not other)) else other
                    pool = [x for x in pool if x not in picks]
                    if not pool:
                        pool = [x for x in cands if x not in picks]
                    if not pool:
                        break
                    picks.append(rng.choice(pool))
                for sup in picks:
                    # Across a PROCESS flow the downstream firm is the supplier (a foundry serves design houses):
                    # the same draws, the relation the other way round.
                    seller, buyer, segment = (cust, sup, t) if (s, t) in PROCESS else (sup, cust, s)
                    key = (seller.uscc, buyer.uscc, segment)
                    if key in supplies:
                        continue
                    since = rng.randint(max(sup.founded, cust.founded) + 1, 2025) \
                        if max(sup.founded, cust.founded) + 1 <= 2025 else 2026
                    qualified = rng.random() < (0.65 if big else 0.25)
                    supplies[key] = [seller.uscc, buyer.uscc, segment, since, "true" if qualified else "false"]
    T["supplies.csv"] = [supplies[k] for k in sorted(supplies, key=lambda k: (SEGS[k[2]].chain, k[2], k[0], k[1]))]

    T["leaders.csv"] = [[by_key[row[0]].uscc, row[1], CHAIN_HOME[row[1]]] for row in LEADERS]

    # clusters and memberships
    T["clusters.csv"] = [[c[0], c[1], c[2], c[3], c[4], "|".join(c[5])] for c in CLUSTERS]
    members = []
    for c in CLUSTERS:
        cid, _n, ctype, _l, _r, chains, est, districts, filt, cap = c
        elig = []
        for f in firms:
            if f.region not in districts or not any(SEGS[s].chain in chains for s in f.segs):
                continue
            if filt == "upstream-sme" and (f.scale == "LARGE" or SEGS[f.segs[0]].stage != "UPSTREAM"):
                continue
            if filt == "srdi" and not (f.leader or any(d[0] in SME_ONLY for d in f.desigs)):
                continue
            if filt == "icv" and not (f.leader or any(s in ICV_SEGMENTS for s in f.segs)):
                continue
            elig.append(f)
        big = [f for f in elig if f.leader or f.scale == "LARGE"]
        small = [f for f in elig if f not in big]
        chosen = big[:3] + rng.sample(small, min(len(small), cap - min(3, len(big))))
        chosen.sort(key=lambda f: f.uscc)
        for f in chosen:
            anchor = f in big[:3] and ctype != "SRDI_PARK"
            first = max(est, f.founded + 1)
            since = first if anchor or first >= 2025 else rng.randint(first, 2025)
            members.append([cid, f.uscc, since, "ANCHOR" if anchor else "MEMBER"])
    T["memberships.csv"] = members

    # challenges and bids
    chal_rows, bid_rows = [], []
    for cid, title, issuer_key, seg_id, caps, budget, deadline, status in CHALLENGES:
        issuer = by_key[issuer_key]
        chal_rows.append([cid, title, issuer.uscc, seg_id, "|".join(caps), budget, deadline, status])
        dl = datetime.date.fromisoformat(deadline)
        fit = [f for f in firms if f is not issuer and f.scale != "LARGE"
               and (seg_id in f.segs or set(caps) & set(f.caps))]
        fit.sort(key=lambda f: (0 if seg_id in f.segs else 1, -len(set(caps) & set(f.caps)),
                                0 if f.quality_planned else 1, f.uscc))
        n = min(len(fit), rng.randint(2, 5))
        top = fit[: max(2, n - 1)]
        rest = [f for f in fit if f not in top]
        bidders = top + (rng.sample(rest, n - len(top)) if n > len(top) and rest else [])
        open_from = max(datetime.date(2025, 6, 1), dl - datetime.timedelta(days=330))
        last = min(dl, AS_OF)
        for i, f in enumerate(bidders):
            submitted = open_from + datetime.timedelta(days=rng.randint(0, (last - open_from).days))
            outcome = "PENDING" if status == "OPEN" else ("WON" if status == "AWARDED" and i == 0 else "LOST")
            bid_rows.append([cid, f.uscc, submitted.isoformat(), outcome])
    T["challenges.csv"] = chal_rows
    T["bids.csv"] = bid_rows

    # events and attendance
    ev_rows, att_rows = [], []
    for eid, name, date, region, chain, theme, n_supply, focus in EVENTS:
        ev_rows.append([eid, name, date, region, chain, theme])
        home = CHAIN_HOME[chain]
        focus_ids = {f"{chain}-{k}" for k in focus} or {s.id for s in CHAIN_SEGS[chain]}
        in_chain = [f for f in firms if any(SEGS[s].chain == chain for s in f.segs)]
        demand = [f for f in in_chain if f.leader and f.leader[1] == chain]
        other_large = [f for f in in_chain if f.scale == "LARGE" and not f.leader
                       and home in region_ancestors(f.region)]
        demand += rng.sample(other_large, min(len(other_large), rng.randint(1, 2)))
        smes = [f for f in in_chain if f.scale != "LARGE" and set(f.segs) & focus_ids]
        if not focus:
            smes = [f for f in smes if any(d[0] in GROWTH_LADDER or d[0] in SME_ONLY for d in f.desigs)]
        local = [f for f in smes if home in region_ancestors(f.region)]
        away = [f for f in smes if f not in local]
        n_away = min(len(away), max(1, n_supply // 4))
        supply = rng.sample(local, min(len(local), n_supply - n_away)) + rng.sample(away, n_away)
        for f in demand:
            att_rows.append([eid, f.uscc, "DEMAND"])
        for f in sorted(supply, key=lambda f: f.uscc):
            att_rows.append([eid, f.uscc, "SUPPLY"])
    T["events.csv"] = ev_rows
    T["attendance.csv"] = att_rows

    T["targets.csv"] = [list(t) for t in TARGETS]
    T["incentives.csv"] = [list(i) for i in INCENTIVES]
    return T, firms, leader_usccs


# --------------------------------------------------------------------------------------
# Validation: the importer's rules plus the dataset's own promises
# --------------------------------------------------------------------------------------
def validate(T, firms, leader_usccs):
    def rows(file):
        return T[file]

    def unique(file, cols):
        idx = [dict(FILES)[file].index(c) for c in cols]
        seen = {}
        for n, r in enumerate(rows(file), start=2):
            key = tuple(r[i] for i in idx)
            assert key not in seen, f"{file}:{n}: duplicate key {key} (first at line {seen[key]})"
            seen[key] = n

    def is_year(v):
        return isinstance(v, int) and 1900 <= v <= 2100

    def iso(v):
        datetime.date.fromisoformat(v)
        assert len(v) == 10, v
        return True

    for file, header in FILES:
        for n, r in enumerate(rows(file), start=2):
            assert len(r) == len(header), f"{file}:{n}: {len(r)} cells for {len(header)} columns"
            for v in r:
                assert isinstance(v, (str, int)), f"{file}:{n}: {v!r}"
                if isinstance(v, str):
                    assert "\n" not in v and "\r" not in v, f"{file}:{n}: newline in cell"

    # keys
    unique("regions.csv", ["code"])
    unique("chains.csv", ["id"])
    unique("segments.csv", ["id"])
    unique("enterprises.csv", ["uscc"])
    unique("enterprises.csv", ["name"])
    unique("clusters.csv", ["id"])
    unique("challenges.csv", ["id"])
    unique("events.csv", ["id"])
    unique("incentives.csv", ["id"])
    unique("segment_flows.csv", ["from_segment", "to_segment"])
    unique("designations.csv", ["uscc", "designation", "level", "year"])
    unique("operations.csv", ["uscc", "segment_id"])
    unique("supplies.csv", ["supplier_uscc", "customer_uscc", "segment_id"])
    unique("memberships.csv", ["cluster_id", "uscc"])
    unique("bids.csv", ["challenge_id", "uscc"])
    unique("attendance.csv", ["event_id", "uscc"])
    unique("leaders.csv", ["uscc", "chain_id", "region_code"])
    unique("targets.csv", ["region_code", "designation", "year", "level", "basis", "kind", "min_revenue", "cluster_type",
                           "min_level"])

    regions = {r[0]: r for r in rows("regions.csv")}
    chains = {r[0] for r in rows("chains.csv")}
    segs = {r[0]: r for r in rows("segments.csv")}
    ents = {r[0]: r for r in rows("enterprises.csv")}
    clusters = {r[0] for r in rows("clusters.csv")}
    chals = {r[0]: r for r in rows("challenges.csv")}
    events = {r[0] for r in rows("events.csv")}
    caps_vocab = {c for r in rows("segments.csv") for c in r[5].split("|") if c}

    for code, name, level, parent in rows("regions.csv"):
        assert len(code) == 6 and code.isdigit(), code
        assert level in ("PROVINCE", "CITY", "DISTRICT"), level
        assert parent == "" or parent in regions, f"regions: parent {parent}"
        assert (parent == "") == (level == "PROVINCE"), code
        if parent:
            assert {"PROVINCE": 0, "CITY": 1, "DISTRICT": 2}[regions[parent][2]] < \
                   {"PROVINCE": 0, "CITY": 1, "DISTRICT": 2}[level], code
    for r in rows("chains.csv"):
        assert r[1], r
    per_chain = defaultdict(list)
    for sid, chain, name, stage, critical, caps, parent in rows("segments.csv"):
        assert chain in chains and name and stage in ("UPSTREAM", "MIDSTREAM", "DOWNSTREAM"), sid
        assert critical in ("true", "false"), sid
        assert sid.isascii() and sid.startswith(chain + "-"), sid
        assert 1 <= len(caps.split("|")) <= 3, sid
        assert parent == "" or (parent in segs and segs[parent][1] == chain and parent != sid), sid
        per_chain[chain].append(sid)
    for chain in chains:
        assert 15 <= len(per_chain[chain]) <= 30, chain
        stages = {segs[s][3] for s in per_chain[chain]}
        assert stages == {"UPSTREAM", "MIDSTREAM", "DOWNSTREAM"}, chain
    connected = set()
    for a, b, kind in rows("segment_flows.csv"):
        assert a in segs and b in segs and a != b and kind in ("", "PROCESS"), (a, b)
        assert segs[a][1] == segs[b][1], f"flow across chains {a}->{b}"
        order = {"UPSTREAM": 0, "MIDSTREAM": 1, "DOWNSTREAM": 2}
        assert order[segs[a][3]] <= order[segs[b][3]], f"flow goes upstream {a}->{b}"
        connected.update((a, b))
    assert connected == set(segs), f"unconnected segments {sorted(set(segs) - connected)}"
    for s in segs:                       # DAG
        assert s not in reach(s, SUCC), f"cycle through {s}"

    n_ent = len(ents)
    assert 300 <= n_ent <= 400, n_ent
    large = 0
    elsewhere = 0
    for r in rows("enterprises.csv"):
        uscc, name, region, scale, founded, revenue, rd, emp, g, gp, listed, caps = r
        assert uscc_valid(uscc), f"bad USCC {uscc}"
        assert uscc[:2] == "91" and uscc[2:8] == region, uscc
        assert region in regions and regions[region][2] == "DISTRICT", uscc
        assert scale in SCALES and is_year(founded) and founded <= 2024, uscc
        assert listed in ("true", "false")
        float(rd), float(g), float(gp)
        assert isinstance(revenue, int) and isinstance(emp, int)
        # scale consistent with revenue / employees (工信部 2011 industrial thresholds)
        if scale == "LARGE":
            assert revenue >= 40000 and emp >= 1000, uscc
        elif scale == "MEDIUM":
            assert 2000 <= revenue < 40000 and 300 <= emp < 1000, uscc
        elif scale == "SMALL":
            assert 300 <= revenue and 20 <= emp < 300, uscc
        else:
            assert revenue < 300 or emp < 20, uscc
        for c in caps.split("|"):
            assert c in caps_vocab, f"capability {c} not in the segment vocabulary"
        large += scale == "LARGE"
        elsewhere += region_kind(region) in ("JS", "SN")
    assert 0.08 <= large / n_ent <= 0.13, f"LARGE share {large / n_ent:.2f}"
    assert 0.15 <= elsewhere / n_ent <= 0.20, f"out-of-region share {elsewhere / n_ent:.2f}"

    # designations
    by_firm = defaultdict(list)
    for n, r in enumerate(rows("designations.csv"), start=2):
        uscc, d, level, year, expires, region = r
        assert uscc in ents, f"designations.csv:{n}: unknown uscc"
        assert d in DESIGNATIONS and level in LEVELS, f"designations.csv:{n}: {d} {level}"
        assert is_year(year), n
        assert expires == "" or (is_year(expires) and expires >= year), n
        assert region == "" or region in regions, n
        if d in ("ABOVE_SCALE", "LISTED", "EAGLE"):
            assert expires == "", n
        else:
            assert FIRST_YEAR <= year <= LAST_YEAR, f"designations.csv:{n}: year {year}"
            assert expires == year + (1 if d in GROWTH_LADDER else 3), n
        if d in ("LITTLE_GIANT",):
            assert level == "NATIONAL", n
        if d == "INNOVATIVE_SME":
            assert year >= 2022, n
        if level == "NATIONAL" or d == "LISTED":
            assert region == "", n
        else:
            assert region and (region in region_ancestors(ents[uscc][2])), f"designations.csv:{n}: region"
        if d in SME_ONLY:
            assert ents[uscc][3] != "LARGE", f"designations.csv:{n}: LARGE firm with SME title {d}"
        by_firm[uscc].append((d, level, year, expires))
    for uscc, ds in by_firm.items():
        # ladder: a higher SME step is preceded by the lower one (within the 2019+ window)
        firsts = {}
        for d, _l, y, _e in ds:
            firsts[d] = min(firsts.get(d, 9999), y)
        if "LITTLE_GIANT" in firsts and firsts["LITTLE_GIANT"] > FIRST_YEAR:
            assert firsts.get("SPECIALIZED_SME", 9999) < firsts["LITTLE_GIANT"], uscc
        if "KEY_SPECIALIZED_SME" in firsts:
            assert firsts.get("SPECIALIZED_SME", 9999) < firsts["KEY_SPECIALIZED_SME"], uscc
        for lo, hi in zip(GROWTH_LADDER, GROWTH_LADDER[1:]):
            if lo in firsts and hi in firsts:
                assert firsts[lo] < firsts[hi], uscc
        if "LISTED" in firsts:
            assert ents[uscc][10] == "true", uscc
            assert firsts.get("ABOVE_SCALE", 9999) < firsts["LISTED"], uscc
    for r in rows("enterprises.csv"):
        if r[10] == "true":
            assert any(d[0] == "LISTED" for d in by_firm[r[0]]), r[0]
        if r[5] >= 2000:
            assert any(d[0] == "ABOVE_SCALE" for d in by_firm[r[0]]), f"{r[0]} revenue>=2000 not ABOVE_SCALE"

    ops_by_firm = defaultdict(list)
    for uscc, sid, prod in rows("operations.csv"):
        assert uscc in ents and sid in segs and prod, (uscc, sid)
        ops_by_firm[uscc].append(sid)
    for uscc in ents:
        ss = ops_by_firm[uscc]
        assert 1 <= len(ss) <= 3, uscc
        assert len({segs[s][1] for s in ss}) == 1, f"{uscc} operates in several chains"
    for sup, cus, sid, since, q in rows("supplies.csv"):
        assert sup in ents and cus in ents and sup != cus
        assert sid in ops_by_firm[sup], "supplies.segment_id must be a segment of the supplier"
        assert any(b in ops_by_firm[cus] for b in SUCC[sid] if (sid, b) not in PROCESS) \
            or any(a in ops_by_firm[cus] for a in PRED[sid] if (a, sid) in PROCESS), "supply must follow FEEDS"
        assert is_year(since) and since <= LAST_YEAR and q in ("true", "false")
    per_chain_leaders = defaultdict(int)
    for uscc, chain, region in rows("leaders.csv"):
        assert uscc in ents and chain in chains and region in regions
        assert ents[uscc][3] == "LARGE" and region in region_ancestors(ents[uscc][2])
        assert any(segs[s][1] == chain for s in ops_by_firm[uscc])
        per_chain_leaders[chain] += 1
    assert all(2 <= per_chain_leaders[c] <= 5 for c in chains), per_chain_leaders
    ctypes = ("ADVANCED_MANUFACTURING", "SME_SPECIALTY", "SRDI_PARK", "INNOVATION_COMPLEX")
    for cid, name, ctype, level, region, chain_ids in rows("clusters.csv"):
        assert ctype in ctypes and level in LEVELS and region in regions
        assert all(c in chains for c in chain_ids.split("|"))
    assert {r[2] for r in rows("clusters.csv")} == set(ctypes)
    assert len(rows("clusters.csv")) >= 6
    in_clusters = defaultdict(int)
    for cid, uscc, since, role in rows("memberships.csv"):
        assert cid in clusters and uscc in ents and is_year(since) and role in ("ANCHOR", "MEMBER")
        assert since >= ents[uscc][4]
        in_clusters[uscc] += 1
    assert any(v >= 2 for v in in_clusters.values()), "nobody in two clusters"
    assert 8 <= len(chals) <= 15
    for cid, title, issuer, sid, caps, budget, deadline, status in rows("challenges.csv"):
        assert issuer in leader_usccs and sid in segs and status in ("OPEN", "AWARDED", "CLOSED")
        lead_chains = {r[1] for r in rows("leaders.csv") if r[0] == issuer}
        assert segs[sid][1] in lead_chains, f"{cid}: target outside the issuer's chain"
        assert all(c in caps_vocab for c in caps.split("|")) and isinstance(budget, int)
        assert iso(deadline) and deadline[:4] in ("2026", "2027")
    won = defaultdict(int)
    for chid, uscc, submitted, outcome in rows("bids.csv"):
        assert chid in chals and uscc in ents and iso(submitted)
        assert uscc != chals[chid][2], f"{chid}: the issuer bids"
        assert submitted <= chals[chid][6] and submitted <= AS_OF.isoformat()
        status = chals[chid][7]
        assert outcome == {"OPEN": "PENDING"}.get(status, outcome) and outcome in ("PENDING", "WON", "LOST")
        if status != "OPEN":
            assert outcome in ("WON", "LOST")
        won[chid] += outcome == "WON"
    for chid, r in chals.items():
        assert won[chid] == (1 if r[7] == "AWARDED" else 0), chid
    assert 5 <= len(events) <= 8
    for eid, name, date, region, chain, theme in rows("events.csv"):
        assert iso(date) and region in regions and chain in chains
    per_event = defaultdict(list)
    for eid, uscc, side in rows("attendance.csv"):
        assert eid in events and uscc in ents and side in ("DEMAND", "SUPPLY")
        per_event[eid].append((uscc, side))
    for eid in events:
        assert 5 <= len(per_event[eid]) <= 20, eid
        for uscc, side in per_event[eid]:
            is_big = ents[uscc][3] == "LARGE" or uscc in leader_usccs
            assert (side == "DEMAND") == is_big, (eid, uscc, side)
    for r in rows("targets.csv"):
        region, d, year, count, level, basis, base_year, source, also, status, kind, min_revenue, cluster_type, min_level = r
        assert region in regions and is_year(year) and isinstance(count, int)
        assert kind in ("", "CHAIN_LEADERS", "REVENUE_TIER", "CLUSTERS") and status in ("", "DRAFT")
        assert (d in DESIGNATIONS) if kind == "" else (d == "" and also == "" and basis == "CUMULATIVE")
        assert all(a in DESIGNATIONS and a != d for a in also.split("|")) if also else True
        assert (kind == "REVENUE_TIER") == (min_revenue != "")
        assert kind == "CLUSTERS" or (cluster_type == "" and min_level == "")
        assert level == "" or level in LEVELS
        assert min_level == "" or min_level in LEVELS
        assert basis in ("CUMULATIVE", "NEW") and (base_year == "" or is_year(base_year)) and source
        assert (basis == "NEW") == (base_year != "")
    for r in rows("incentives.csv"):
        iid, region, d, trig, amount, level, group, source = r
        assert region in regions and d in DESIGNATIONS and isinstance(amount, int) and source
        assert trig in ("FIRST_AWARD", "RENEWAL", "SUSTAINED_GROWTH", "RETAINED")
        assert level == "" or level in LEVELS

    # the deliberate gaps hold in both check years, in every home region
    for chain, home in CHAIN_HOME.items():
        for year in CHECK_YEARS:
            for sid, _name, status, kind, _sev, n, q in gap_report(firms, chain, home, year, leader_usccs):
                want = STATUS_NAME[status_of(sid)]
                assert status == want, f"{sid} in {home} {year}: {status} (n={n}, q={q}), planned {want}"
                if status == "MISSING":
                    assert kind == EXPECTED_MISSING_KIND[sid], f"{sid}: {kind}"
                    outside = [f for f in firms if sid in f.segs]
                    assert len(outside) >= 3, f"{sid}: too few out-of-region candidates"
                    local_cap = [f for f in firms if home in region_ancestors(f.region)
                                 and set(f.caps) & set(SEGS[sid].caps)]
                    assert len(local_cap) >= 2, f"{sid}: no local capability candidates"
                if status != "COVERED":
                    assert any(f for f in firms if sid in f.segs and home not in region_ancestors(f.region)), sid

    # planted policy demos really trigger
    hits = defaultdict(set)
    for f in firms:
        for y in (2025, 2026):
            for iid, _amt, _g, sup in incentive_matches(f, y):
                hits[iid].add((f.uscc, y, sup))
    for iid, *_ in INCENTIVES:
        assert hits[iid], f"no enterprise triggers incentive {iid} in 2025/2026"
    assert any(sup for h in hits.values() for (_u, _y, sup) in h), "no 从优、就高、不重复 case"


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------
def render(header, rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue().encode("utf-8")


def render_all(T) -> dict[str, bytes]:
    out = {name: render(header, T[name]) for name, header in FILES}
    for name, header in FILES:          # the bytes parse back to exactly the rows
        back = list(csv.reader(io.StringIO(out[name].decode("utf-8"), newline="")))
        assert back[0] == header, name
        assert back[1:] == [["" if v is None else str(v) for v in r] for r in T[name]], name
    total = sum(len(b) for b in out.values())
    assert total < 1_000_000, f"dataset is {total} bytes"
    return out


def write_dir(out_dir: Path, blobs: dict[str, bytes]):
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in blobs.items():
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out_dir / name)


def report(firms, leader_usccs):
    print("\nDeliberate gaps (chainGaps, year 2026):")
    for chain, home in CHAIN_HOME.items():
        print(f"  {chain} in {home}:")
        rows = gap_report(firms, chain, home, 2026, leader_usccs)
        for sid, name, status, kind, sev, n, q in sorted(rows, key=lambda r: (-r[4], r[0])):
            if status != "COVERED":
                print(f"    {sid:24} {name:12} {status:13} {kind:10} severity={sev:<5} n={n} q={q}")
    print("\nIncentive matches (2025, 2026):")
    for y in (2025, 2026):
        for f in firms:
            for iid, amt, g, sup in incentive_matches(f, y):
                print(f"  {y} {f.uscc} {f.name} {iid} {amt}{' (superseded)' if sup else ''}")
    print("\nTarget progress in 2026 (docs/contracts.md §6, cultivation):")
    for region, d, year, count, level, basis, base_year, _src, also, _status, kind, min_revenue, cluster_type, min_level in TARGETS:
        if kind:
            print(f"  {region} {kind:18} {cluster_type or min_revenue or '-':13} by {year}: (computed by ChainGraph) / {count}")
            continue
        wanted = [d] + (also.split("|") if also else [])
        actual = 0
        for f in firms:
            if region not in region_ancestors(f.region):
                continue
            ds = [x for x in f.desigs if x[0] in wanted and (not level or x[1] == level)]
            if not ds:
                continue
            if basis == "CUMULATIVE":
                actual += any(valid_in(x, 2026) for x in ds)
            else:
                actual += base_year <= min(x[2] for x in ds) <= 2026
        print(f"  {region} {d:18} {level or '-':9} {basis:10} by {year}: {actual:3} / {count}")
    print("\nDesignations valid in 2026 per home region:")
    for home in ("310000", "500000", "330400"):
        counts = defaultdict(int)
        for f in firms:
            if home in region_ancestors(f.region):
                for d in sorted({d[0] for d in f.desigs if valid_in(d, 2026)}):
                    counts[d] += 1
        print(f"  {home}: " + ", ".join(f"{d}={counts[d]}" for d in DESIGNATIONS if counts[d]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default seeds/demo)")
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the directory differs")
    ap.add_argument("--report", action="store_true", help="print gaps, incentive matches and counts")
    args = ap.parse_args(argv)

    T, firms, leader_usccs = build()
    validate(T, firms, leader_usccs)
    blobs = render_all(T)
    if args.check:
        stale = [n for n, b in blobs.items()
                 if not (args.out / n).is_file() or (args.out / n).read_bytes() != b]
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print(f"{args.out}: up to date")
    else:
        write_dir(args.out, blobs)
        print(f"wrote {args.out}")
    for name, _h in FILES:
        print(f"  {name:20} {len(T[name]):5} rows  {len(blobs[name]):7} bytes")
    print(f"  {'total':20} {sum(len(T[n]) for n, _ in FILES):5} rows  {sum(map(len, blobs.values())):7} bytes")
    if args.report:
        report(firms, leader_usccs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
