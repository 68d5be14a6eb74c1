using System.Globalization;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Excel;

/// <summary>
/// A column of a filing spreadsheet: the field it holds (camelCase, as in the API), its header in both languages, and the most
/// characters an imported cell may hold (the field's own limit, or for a name looked up, the longest name it could be).
/// </summary>
public sealed record FilingColumn(string Field, Localized Header, int MaxLength = FilingColumn.ShortTextMaxLength)
{
    /// <summary>A label (category, stage) or an amount: no genuine one comes near.</summary>
    public const int ShortTextMaxLength = 50;
}

/// <summary>The columns, labels and file names the filing spreadsheets (export, import template, import report) share.</summary>
public static class FilingSheets
{
    /// <summary>The most rows one export writes; more is a 422 asking to narrow the filters.</summary>
    public const int MaxExportRows = 100_000;

    /// <summary>The most rows one import reads below the header row, blank ones included; more is a 400 on the file.</summary>
    public const int MaxImportRows = 5_000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The amount columns' headers, in every sheet a person reads or fills in: amounts are in 万元, the unit in the header
    /// ("10k yuan" in English, as on every screen). The API's JSON stays in yuan. Declared before <see cref="ImportColumns"/>,
    /// which uses them: static fields initialise in textual order.
    /// </summary>
    public static readonly Localized PlannedTotalHeader = new("计划总投资（万元）", "Planned total investment (10k yuan)");

    public static readonly Localized PlannedFixedAssetHeader = new("计划固定资产投资（万元）", "Planned fixed-asset investment (10k yuan)");

    /// <summary>The headers of the template before amounts were in 万元: an upload with them holds yuan, and is refused as such.</summary>
    public static readonly IReadOnlyList<Localized> YuanHeaders =
        [new("计划总投资(元)", "Planned total investment (yuan)"), new("计划固定资产投资(元)", "Planned fixed-asset investment (yuan)")];

    /// <summary>The template's columns, in order (DOMAIN.md §1). A report adds <see cref="ErrorColumn"/> after them.</summary>
    public static IReadOnlyList<FilingColumn> ImportColumns { get; } =
    [
        new("projectName", new("项目名称", "Project name"), Filing.ProjectNameMaxLength),
        new("investorName", new("投资方名称", "Investor"), Filing.InvestorNameMaxLength),
        new("creditCode", new("统一社会信用代码", "Unified social credit code"), FilingDetails.CreditCodeInputMaxLength),
        new("sourceRegionCode", new("投资来源区域代码", "Source region code"), Domain.ReferenceData.SourceRegion.NameMaxLength),
        new("industryChain", new("产业链", "Industry chain"), Domain.ReferenceData.IndustryChain.NameMaxLength),
        new("category", new("项目类别", "Category")),
        new("stage", new("项目阶段", "Stage")),
        new("plannedTotalInvestment", PlannedTotalHeader),
        new("plannedFixedAssetInvestment", PlannedFixedAssetHeader),
        new("constructionContent", new("建设内容", "Construction content"), Filing.ConstructionContentMaxLength),
        new("association", new("引荐商协会", "Introducing association"), Domain.Associations.Association.NameMaxLength),
        new("recommenderName", new("引荐人", "Recommender"), Filing.PersonNameMaxLength),
        new("recommenderContact", new("引荐人联系方式", "Recommender contact"), Filing.RecommenderContactMaxLength),
        new("contactName", new("联系人", "Contact person"), Filing.PersonNameMaxLength),
        new("contactPhone", new("联系电话", "Contact phone"), PhoneNumber.MaxLength),
    ];

    /// <summary>
    /// A yuan amount as a sheet shows it: the exact value in 万元 (up to six decimals, never rounded), written as a number the
    /// writer formats with two decimals at least (<see cref="SpreadsheetSheet.AmountColumns"/>), so a person reads 万元 and the
    /// import reads back the same fen.
    /// </summary>
    public static decimal? TenThousands(decimal? yuan) => yuan is { } y ? y / Money.TenThousand : null;

    public static readonly Localized ErrorColumn = new("错误原因", "Errors");

    /// <summary>
    /// What an import reads of a sheet: <see cref="MaxImportRows"/> rows, the template's columns (and a report's error column,
    /// when a report is uploaded again), each cell up to the longest any column allows.
    /// </summary>
    public static SpreadsheetReadLimits ImportReadLimits { get; } = new(MaxImportRows, ImportColumns.Count + 1, ImportColumns.Max(c => c.MaxLength));

    public static readonly Localized DataSheetName = new("项目信息", "Filings");

    public static readonly Localized CodesSheetName = new("填写说明", "Codes");

    public static string Label(ProjectCategory value) => Labels(value).Current;

    public static Localized Labels(ProjectCategory value) => value switch
    {
        ProjectCategory.Industrial => new Localized("工业", "Industrial"),
        ProjectCategory.Service => new Localized("服务业", "Service"),
        ProjectCategory.Agriculture => new Localized("农业", "Agriculture"),
        ProjectCategory.RealEstate => new Localized("房地产", "Real estate"),
        ProjectCategory.Finance => new Localized("金融", "Finance"),
        ProjectCategory.Infrastructure => new Localized("大型基础设施", "Large infrastructure"),
        _ => new Localized("其他", "Other"),
    };

    public static string Label(ProjectStage value) => Labels(value).Current;

    public static Localized Labels(ProjectStage value) => value switch
    {
        ProjectStage.Negotiating => new Localized("在谈", "Negotiating"),
        ProjectStage.Signed => new Localized("签约", "Signed"),
        ProjectStage.Started => new Localized("开工", "Started"),
        ProjectStage.Completed => new Localized("竣工", "Completed"),
        _ => new Localized("投产/达产", "In production"),
    };

    public static string Label(FilingStatus value) => Labels(value).Current;

    public static Localized Labels(FilingStatus value) => value switch
    {
        FilingStatus.Draft => new Localized("草稿", "Draft"),
        FilingStatus.UnderReview => new Localized("审核中", "Under review"),
        FilingStatus.Approved => new Localized("已备案", "Approved"),
        FilingStatus.Returned => new Localized("退回修改", "Returned"),
        FilingStatus.Withdrawn => new Localized("已撤回", "Withdrawn"),
        FilingStatus.UnderReReview => new Localized("复核中", "Under re-review"),
        _ => new Localized("已撤销", "Revoked"),
    };

    public static string Label(ScaleBand value) => Labels(value).Current;

    /// <summary>A band's label: each states which side holds its boundary (the lower one, 含), in the same words for every band.</summary>

    public static Localized Labels(ScaleBand value) => value switch
    {
        ScaleBand.Below100Million => new Localized("低于1亿元", "Below 100M yuan"),
        ScaleBand.From100MillionTo1Billion => new Localized("1亿元（含）–10亿元", "100M yuan (incl.) – 1B yuan"),
        ScaleBand.From1BillionTo5Billion => new Localized("10亿元（含）–50亿元", "1B yuan (incl.) – 5B yuan"),
        ScaleBand.From5BillionTo10Billion => new Localized("50亿元（含）–100亿元", "5B yuan (incl.) – 10B yuan"),
        _ => new Localized("100亿元（含）以上", "10B yuan (incl.) and above"),
    };

    /// <summary>A label in either language, or the enum's name, back to the value; null when it is none of them.</summary>
    public static TEnum? Parse<TEnum>(string text, Func<TEnum, Localized> labels)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var label = labels(value);
            if (string.Equals(text, label.Zh, StringComparison.Ordinal)
                || string.Equals(text, label.En, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>"项目备案_20261123.xlsx": the list's name and the China date.</summary>
    public static string FileName(Localized name, DateTimeOffset now) =>
        $"{name.Current}_{Domain.Common.ChinaTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";

    /// <summary>An instant as China wall-clock time, for a cell.</summary>
    public static string? ChinaTime(DateTimeOffset? instant) => instant is { } at
        ? Domain.Common.ChinaTime.ToChina(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : null;

    public static async IAsyncEnumerable<IReadOnlyList<object?>> AsRows(IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}

/// <summary>The file a spreadsheet query answers: its name (for Content-Disposition) and its content, positioned at the start.</summary>
public sealed record SpreadsheetFile(string FileName, Stream Content);

/// <summary>Turns query-side sequences into the writer's rows.</summary>
public static class SpreadsheetRows
{
    public static async IAsyncEnumerable<IReadOnlyList<object?>> Select<T>(this IAsyncEnumerable<T> source, Func<T, IReadOnlyList<object?>> map)
    {
        await foreach (var item in source)
        {
            yield return map(item);
        }
    }

    public static SpreadsheetSheet Sheet(string name, IEnumerable<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows) => new(name, [.. headers], rows);

    /// <summary>A sheet whose columns with an amount header (万元) hold amounts: <see cref="SpreadsheetSheet.AmountColumns"/>.</summary>
    public static SpreadsheetSheet Sheet(string name, IReadOnlyList<Localized> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var amounts = headers.Select((h, i) => (h, i)).Where(p => p.h == FilingSheets.PlannedTotalHeader || p.h == FilingSheets.PlannedFixedAssetHeader).Select(p => p.i);
        return new(name, [.. headers.Select(h => h.Current)], rows) { AmountColumns = [.. amounts] };
    }
}
