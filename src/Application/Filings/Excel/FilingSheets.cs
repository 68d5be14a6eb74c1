using System.Globalization;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings.Excel;

/// <summary>A column of a filing spreadsheet: the field it holds (camelCase, as in the API) and its header in both languages.</summary>
public sealed record FilingColumn(string Field, Localized Header);

/// <summary>The columns, labels and file names the filing spreadsheets (export, import template, import report) share.</summary>
public static class FilingSheets
{
    /// <summary>The most rows one export writes; more is a 422 asking to narrow the filters.</summary>
    public const int MaxExportRows = 100_000;

    /// <summary>The most data rows one import reads; more is a 400 on the file.</summary>
    public const int MaxImportRows = 5_000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The template's columns, in order (DOMAIN.md §1). A report adds <see cref="ErrorColumn"/> after them.</summary>
    public static IReadOnlyList<FilingColumn> ImportColumns { get; } =
    [
        new("projectName", new("项目名称", "Project name")),
        new("investorName", new("投资方名称", "Investor")),
        new("creditCode", new("统一社会信用代码", "Unified social credit code")),
        new("sourceRegionCode", new("投资来源区域代码", "Source region code")),
        new("industryChain", new("产业链", "Industry chain")),
        new("category", new("项目类别", "Category")),
        new("stage", new("项目阶段", "Stage")),
        new("plannedTotalInvestment", new("计划总投资(元)", "Planned total investment (yuan)")),
        new("plannedFixedAssetInvestment", new("计划固定资产投资(元)", "Planned fixed-asset investment (yuan)")),
        new("constructionContent", new("建设内容", "Construction content")),
        new("association", new("引荐商协会", "Introducing association")),
        new("recommenderName", new("引荐人", "Recommender")),
        new("recommenderContact", new("引荐人联系方式", "Recommender contact")),
        new("contactName", new("联系人", "Contact person")),
        new("contactPhone", new("联系电话", "Contact phone")),
    ];

    public static readonly Localized ErrorColumn = new("错误原因", "Errors");

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

    public static Localized Labels(ScaleBand value) => value switch
    {
        ScaleBand.Below100Million => new Localized("1亿元以下", "Below 100 million"),
        ScaleBand.From100MillionTo1Billion => new Localized("1亿–10亿元", "100 million – 1 billion"),
        ScaleBand.From1BillionTo5Billion => new Localized("10亿–50亿元", "1 – 5 billion"),
        ScaleBand.From5BillionTo10Billion => new Localized("50亿–100亿元", "5 – 10 billion"),
        _ => new Localized("100亿元及以上", "10 billion and above"),
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
}
