using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Import;

/// <summary>
/// The codes of a monthly report import's row errors that only an import has (a cell the sheet gets wrong); every rule a single
/// report has keeps its own code (<c>report.month-not-ended</c>, <c>report.amount-negative</c>, <c>report.duplicate-month</c>,
/// <c>project.not-active</c>, …: <see cref="MonthlyReportFigures"/>), so a row fails exactly as the same report posted alone.
/// </summary>
public static class ReportImportRules
{
    /// <summary>No project of the caller's (a filer: its own unit's) has this id or name; another unit's project is not found either.</summary>
    public const string ProjectNotFound = "report-import.project-not-found";

    /// <summary>Several of the caller's projects have this name: the row needs the 项目编号.</summary>
    public const string ProjectAmbiguous = "report-import.project-ambiguous";

    /// <summary>报表类型 is not 到位资金 or 固定资产投资.</summary>
    public const string KindInvalid = "report-import.kind-invalid";

    /// <summary>An amount cell filled that the row's 报表类型 does not take (完成投资额 on a funds row, a source class on an investment row).</summary>
    public const string ColumnNotForKind = "report-import.column-not-for-kind";

    /// <summary>年, 月 or an amount is not a number (or an amount has more decimals than a fen).</summary>
    public const string NumberInvalid = "report-import.number-invalid";

    /// <summary>A cell the row needs (报表类型, 年, 月, the project) is empty.</summary>
    public const string Required = "report-import.required";

    /// <summary>A cell longer than its column allows (quoted by a short prefix).</summary>
    public const string TooLong = "report-import.too-long";

    /// <summary>A cell the report's own shape rules refuse (a month 13, a note too long …): as the single report's 400 would.</summary>
    public const string FieldInvalid = "report-import.field-invalid";

    /// <summary>The same project, kind and month twice in the sheet: none of those rows is imported (the unit decides which is right).</summary>
    public const string DuplicateInSheet = "report-import.duplicate-in-sheet";

    /// <summary>The same 外部编号 twice in the sheet.</summary>
    public const string ExternalReferenceInSheet = "report-import.external-reference-in-sheet";

    public static Localized Labels(MonthlyReportKind kind) => kind == MonthlyReportKind.FundsInPlace
        ? new Localized("到位资金", "Funds in place")
        : new Localized("固定资产投资", "Fixed-asset investment");

    /// <summary>A 报表类型 cell back to the kind: either label, the longer names (实际到位资金 …) or the enum's name; null when none.</summary>
    public static MonthlyReportKind? ParseKind(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var kind in Enum.GetValues<MonthlyReportKind>())
        {
            var label = Labels(kind);
            if (string.Equals(text, label.Zh, StringComparison.Ordinal) || string.Equals(text, "实际" + label.Zh, StringComparison.Ordinal)
                || (kind == MonthlyReportKind.FixedAssetInvestment && string.Equals(text, "实际完成固定资产投资", StringComparison.Ordinal))
                || string.Equals(text, label.En, StringComparison.OrdinalIgnoreCase) || string.Equals(text, kind.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The template's rules, listed on its codes sheet.</summary>
    public static IReadOnlyList<Localized> Notes { get; } =
    [
        new("每行一个项目一个月的一张报表，从第2行开始填写；不要修改第1行的列名。有效的行一并保存，待审核核实；有错误的行不保存，并逐行说明原因。",
            "One report (a project, a month) per row from row 2; keep the header row. The valid rows are saved together and wait for verification; rows with errors are not saved and come back with their reasons."),
        new("项目编号：项目的编号（见下方列表或项目页面）。不填编号时，按项目名称在本单位的项目中查找，仅当名称唯一时可用；两者都填时以编号为准。",
            "Project id: the project's id (listed below, or on the project's page). Without an id the project name is looked up among your unit's projects and used only when exactly one has it; when both are given the id is used."),
        new("报表类型：到位资金（填省外境内、港澳台、外国，未填的来源按 0 计，完成投资额留空）或固定资产投资（填完成投资额，三个来源留空）。",
            "Report type: 到位资金 (funds in place: fill the three source classes, an empty one counts 0; leave the investment empty) or 固定资产投资 (fixed-asset investment: fill the investment completed; leave the source classes empty)."),
        new("年、月：报表所属月份，须已结束（按北京时间），且不早于项目备案通过的月份；同一项目同一类型每月只报一次，已上报的月份请在项目页面更正。",
            "Year and month: the month of the figures; it must have ended (China time) and not be before the month the filing was approved. One report per project, type and month; correct a month already reported on the project's page."),
        new($"金额以万元为单位填写数字（如 12345.67 即 1.234567 亿元），不能为负数，最多 {Domain.Filings.Money.TenThousandsDecimals} 位小数（精确到分），不会四舍五入。资金来源须与投资方来源一致。",
            $"Amounts are numbers in 10k yuan (12345.67 is 123,456,700 yuan), not negative, with at most {Domain.Filings.Money.TenThousandsDecimals} decimals (a fen), never rounded. Funds are classed by where the investor comes from."),
        new($"外部编号：可选，贵单位系统中的记录编号（最多 {MonthlyReport.ExternalReferenceMaxLength} 个字符），同一编号只能使用一次。每个文件最多 {ReportImportSheets.MaxImportRows} 行。",
            $"External reference: optional, your own system's record id (at most {MonthlyReport.ExternalReferenceMaxLength} characters), used once only. At most {ReportImportSheets.MaxImportRows} rows per file."),
    ];
}
