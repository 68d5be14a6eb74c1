using InvestPromo.Application.Filings.Excel;

namespace InvestPromo.Application.Projects.Reports.Import;

/// <summary>
/// The monthly report import's template (issue 13 item 6): its columns in order, the 报表类型 labels, the limits of a read. Amounts
/// are in 万元 as in the filing import (<see cref="Domain.Filings.Money.FromTenThousands"/>); the JSON API stays in yuan.
/// </summary>
public static class ReportImportSheets
{
    /// <summary>The most rows one import reads below the header row, blank ones included (as the filing import).</summary>
    public const int MaxImportRows = FilingSheets.MaxImportRows;

    /// <summary>A project id (a GUID, 36 characters) with room for braces and spaces; a number or a label is far shorter.</summary>
    private const int IdMaxLength = 40;

    public static readonly Localized DomesticHeader = new("省外境内（万元）", "Domestic outside the province (10k yuan)");

    public static readonly Localized HongKongMacaoTaiwanHeader = new("港澳台（万元）", "Hong Kong, Macao, Taiwan (10k yuan)");

    public static readonly Localized ForeignHeader = new("外国（万元）", "Foreign (10k yuan)");

    public static readonly Localized AmountHeader = new("完成投资额（万元）", "Investment completed (10k yuan)");

    /// <summary>The template's columns, in order. A report adds <see cref="FilingSheets.ErrorColumn"/> after them.</summary>
    public static IReadOnlyList<FilingColumn> Columns { get; } =
    [
        new("projectId", new("项目编号", "Project id"), IdMaxLength),
        new("projectName", new("项目名称", "Project name"), Domain.Filings.Filing.ProjectNameMaxLength),
        new("kind", new("报表类型", "Report type")),
        new("year", new("年", "Year")),
        new("month", new("月", "Month")),
        new("domesticOutsideProvince", DomesticHeader),
        new("hongKongMacaoTaiwan", HongKongMacaoTaiwanHeader),
        new("foreign", ForeignHeader),
        new("amount", AmountHeader),
        new("note", new("备注", "Note"), Domain.Projects.MonthlyReport.NoteMaxLength),
        new("externalReference", new("外部编号", "External reference"), Domain.Projects.MonthlyReport.ExternalReferenceMaxLength),
    ];

    /// <summary>The amount columns (0-based), shown as exact 万元 in the template and the report.</summary>
    public static IReadOnlyList<int> AmountColumns { get; } = [5, 6, 7, 8];

    public static SpreadsheetReadLimits ReadLimits { get; } = new(MaxImportRows, Columns.Count + 1, Columns.Max(c => c.MaxLength));

    public static readonly Localized DataSheetName = new("月报", "Monthly reports");

    public static int Index(string field)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Field == field)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field), field, "Not a template column.");
    }
}
