using System.Globalization;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Rewards;

namespace InvestPromo.Application.Rewards.Queries.ExportRewardLines;

/// <summary>A calculation's lines (filtered as the list) as an .xlsx sheet, amounts in yuan, each line's outcome in words.</summary>
public sealed record ExportRewardLinesQuery(Guid CalculationId, Guid? AssociationId = null, RewardOutcome? Outcome = null, string? Search = null) : IQuery<SpreadsheetFile>;

public sealed class ExportRewardLinesValidator : AbstractValidator<ExportRewardLinesQuery>
{
    public ExportRewardLinesValidator()
    {
        RuleFor(x => x.Outcome).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ExportRewardLinesHandler(IApplicationDbContext db, ISpreadsheets spreadsheets, TimeProvider clock) : IQueryHandler<ExportRewardLinesQuery, SpreadsheetFile>
{
    public static readonly Localized Name = new("奖励测算", "Rewards");

    public static Localized OutcomeLabel(RewardOutcome outcome) => outcome switch
    {
        RewardOutcome.NoConfirmedCredit => new("引荐认定未确认", "No confirmed credit"),
        RewardOutcome.FundsOutsideValidity => new("资金到位不在政策有效期内", "Funds outside the policy's validity"),
        RewardOutcome.ExcludedCategory => new("不适用的项目类别", "Excluded category"),
        RewardOutcome.BelowThreshold => new("未达到奖励门槛", "Below threshold"),
        RewardOutcome.ImpactNotConfirmed => new("待确认对当地经济社会发展的积极作用", "Impact not confirmed (pending)"),
        RewardOutcome.Eligible => new("符合奖励条件", "Eligible"),
        _ => new("超出年度上限核减", "Cap reduction"),
    };

    public async ValueTask<SpreadsheetFile> Handle(ExportRewardLinesQuery query, CancellationToken cancellationToken)
    {
        var calculation = await db.RewardCalculations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.CalculationId, cancellationToken)
            ?? throw new NotFoundException(nameof(RewardCalculation), query.CalculationId);
        Localized[] headers =
        [
            new("年度", "Year"), new("版本", "Revision"), new("商协会", "Association"), new("项目名称", "Project"), new("项目类别", "Category"),
            new("计入的实际到位资金（元）", "Counted funds (yuan)"), new("结果", "Outcome"), new("原因代码", "Reason code"), new("奖励金额（元）", "Amount (yuan)"),
        ];
        var lines = new RewardLineFilter(query.AssociationId, query.Outcome, query.Search)
            .Apply(db.RewardLines.AsNoTracking().Where(l => l.CalculationId == calculation.Id)).InOrder().ProjectToDto().AsAsyncEnumerable();
        var rows = lines.Select(l => (IReadOnlyList<object?>)
        [
            calculation.Year, calculation.Revision, l.AssociationName, l.ProjectName, l.Category is { } c ? FilingSheets.Label(c) : null,
            l.Outcome == RewardOutcome.CapReduction ? null : l.CountedFunds, OutcomeLabel(l.Outcome).Current, l.ReasonCode, l.Amount,
        ]);
        var sheet = SpreadsheetRows.Sheet(Name.Current, headers.Select(h => h.Current), rows);
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(new Localized($"奖励测算{calculation.Year.ToString(CultureInfo.InvariantCulture)}", $"Rewards {calculation.Year.ToString(CultureInfo.InvariantCulture)}"), clock.GetUtcNow()), content);
    }
}
