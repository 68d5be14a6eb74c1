using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Queries.GetFundsTotals;

/// <summary>How <see cref="GetFundsTotalsQuery"/> groups the verified figures.</summary>
public enum FundsGroupBy
{
    Project = 1,
    Unit = 2,
    IndustryChain = 3,

    /// <summary>The association the filing proposed (credit is confirmed in the associations issue).</summary>
    Association = 4,

    /// <summary>One group per source class (省外境内, 港澳台, 外国).</summary>
    SourceClass = 5,
    Month = 6,
    Quarter = 7,
    Year = 8,
}

/// <summary>
/// One group: <see cref="Key"/> is the id (project, unit, chain, association; empty for none), the class name, or the period
/// ("2026-05", "2026-Q2", "2026"); amounts in yuan; <see cref="Reports"/> the verified reports summed.
/// </summary>
public sealed record FundsTotalsGroupDto(string Key, string? Name, decimal DomesticOutsideProvince, decimal HongKongMacaoTaiwan, decimal Foreign, decimal Total, int Reports);

public sealed record FundsTotalsDto(DateOnly From, DateOnly To, MonthlyReportKind Kind, FundsGroupBy GroupBy, IReadOnlyList<FundsTotalsGroupDto> Groups, decimal Total);

/// <summary>
/// Totals of the verified current revisions (only they count, in the month they are for) of the months from <see cref="From"/>
/// to <see cref="To"/> (any day of each month; both included), funds in place or fixed-asset investment, set-based in SQL over
/// the fen columns, grouped by project, unit, industry chain, association, source class or period. Projects whose approval
/// ended count nowhere. <see cref="UnitId"/> narrows to one unit.
/// </summary>
public sealed record GetFundsTotalsQuery(DateOnly From, DateOnly To, FundsGroupBy GroupBy, MonthlyReportKind Kind = MonthlyReportKind.FundsInPlace, Guid? UnitId = null)
    : IQuery<FundsTotalsDto>;

public sealed class GetFundsTotalsValidator : AbstractValidator<GetFundsTotalsQuery>
{
    public GetFundsTotalsValidator()
    {
        RuleFor(x => x.From).InDateRange();
        RuleFor(x => x.To).InDateRange().GreaterThanOrEqualTo(x => x.From);
        RuleFor(x => x.GroupBy).IsDefinedValue();
        RuleFor(x => x.Kind).IsDefinedValue();
    }
}

public sealed class GetFundsTotalsHandler(IApplicationDbContext db) : IQueryHandler<GetFundsTotalsQuery, FundsTotalsDto>
{
    private sealed record Row(string Key, long Domestic, long Hkmt, long Foreign, long Amount, int Reports);

    public async ValueTask<FundsTotalsDto> Handle(GetFundsTotalsQuery query, CancellationToken cancellationToken)
    {
        var from = new DateOnly(query.From.Year, query.From.Month, 1);
        var to = new DateOnly(query.To.Year, query.To.Month, 1);
        var reports = db.MonthlyReports.AsNoTracking()
            .Where(r => r.Status == MonthlyReportStatus.Verified && r.Kind == query.Kind && r.PeriodStart >= from && r.PeriodStart <= to);
        if (query.UnitId is { } unit)
        {
            reports = reports.Where(r => r.UnitId == unit);
        }

        var projects = db.TrackedProjects.AsNoTracking().Where(p => p.Status != TrackedProjectStatus.ApprovalEnded);
        var joined = reports.Join(projects, r => r.ProjectId, p => p.Id, (r, p) => new { Report = r, p.IndustryChainId, p.AssociationId });
        var flat = query.GroupBy switch
        {
            FundsGroupBy.Project => joined.Select(x => new Flat { Id = x.Report.ProjectId, Period = 0, D = x.Report.DomesticOutsideProvinceFen, H = x.Report.HongKongMacaoTaiwanFen, F = x.Report.ForeignFen, A = x.Report.AmountFen }),
            FundsGroupBy.Unit => joined.Select(x => new Flat { Id = x.Report.UnitId, Period = 0, D = x.Report.DomesticOutsideProvinceFen, H = x.Report.HongKongMacaoTaiwanFen, F = x.Report.ForeignFen, A = x.Report.AmountFen }),
            FundsGroupBy.IndustryChain => joined.Select(x => new Flat { Id = x.IndustryChainId, Period = 0, D = x.Report.DomesticOutsideProvinceFen, H = x.Report.HongKongMacaoTaiwanFen, F = x.Report.ForeignFen, A = x.Report.AmountFen }),
            FundsGroupBy.Association => joined.Select(x => new Flat { Id = x.AssociationId, Period = 0, D = x.Report.DomesticOutsideProvinceFen, H = x.Report.HongKongMacaoTaiwanFen, F = x.Report.ForeignFen, A = x.Report.AmountFen }),
            FundsGroupBy.Year => joined.Select(x => new Flat { Id = null, Period = x.Report.Year, D = x.Report.DomesticOutsideProvinceFen, H = x.Report.HongKongMacaoTaiwanFen, F = x.Report.ForeignFen, A = x.Report.AmountFen }),
            FundsGroupBy.Quarter => joined.Select(x => new Flat { Id = null, Period = (x.Report.Year * 10) + ((x.Report.Month + 2) / 3), D = x.Report.DomesticOutsideProvinceFen, H = x.Report.HongKongMacaoTaiwanFen, F = x.Report.ForeignFen, A = x.Report.AmountFen }),
            FundsGroupBy.Month => joined.Select(x => new Flat { Id = null, Period = (x.Report.Year * 100) + x.Report.Month, D = x.Report.DomesticOutsideProvinceFen, H = x.Report.HongKongMacaoTaiwanFen, F = x.Report.ForeignFen, A = x.Report.AmountFen }),
            _ => joined.Select(x => new Flat { Id = null, Period = 0, D = x.Report.DomesticOutsideProvinceFen, H = x.Report.HongKongMacaoTaiwanFen, F = x.Report.ForeignFen, A = x.Report.AmountFen }),
        };
        var sums = await flat.GroupBy(f => new { f.Id, f.Period })
            .Select(g => new { g.Key.Id, g.Key.Period, D = g.Sum(x => x.D), H = g.Sum(x => x.H), F = g.Sum(x => x.F), A = g.Sum(x => x.A), N = g.Count() })
            .ToListAsync(cancellationToken);
        var rows = query.GroupBy == FundsGroupBy.SourceClass
            ? SourceClasses(sums.Sum(x => x.D), sums.Sum(x => x.H), sums.Sum(x => x.F), sums.Sum(x => x.N))
            : sums.OrderBy(x => x.Period).Select(x => new Row(KeyOf(query.GroupBy, x.Id, x.Period), x.D, x.H, x.F, x.A, x.N)).ToList();

        var names = await NamesAsync(query.GroupBy, rows.Select(r => r.Key).ToList(), cancellationToken);
        var groups = rows.Select(r => new FundsTotalsGroupDto(r.Key, names.GetValueOrDefault(r.Key), r.Domestic / 100m, r.Hkmt / 100m, r.Foreign / 100m, r.Amount / 100m, r.Reports))
            .OrderByDescending(g => query.GroupBy is FundsGroupBy.Month or FundsGroupBy.Quarter or FundsGroupBy.Year or FundsGroupBy.SourceClass ? 0 : g.Total)
            .ToList();
        var total = query.GroupBy == FundsGroupBy.SourceClass ? groups.Sum(g => g.Total) : rows.Sum(r => r.Amount) / 100m;
        return new FundsTotalsDto(from, to, query.Kind, query.GroupBy, groups, total);
    }

    private sealed class Flat
    {
        public Guid? Id { get; init; }

        public int Period { get; init; }

        public long D { get; init; }

        public long H { get; init; }

        public long F { get; init; }

        public long A { get; init; }
    }

    private static string KeyOf(FundsGroupBy groupBy, Guid? id, int period) => groupBy switch
    {
        FundsGroupBy.Year => period.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FundsGroupBy.Quarter => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{period / 10}-Q{period % 10}"),
        FundsGroupBy.Month => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{period / 100}-{period % 100:00}"),
        _ => id?.ToString() ?? string.Empty,
    };

    private static List<Row> SourceClasses(long d, long h, long f, int n) =>
    [
        new Row("DomesticOutsideProvince", d, 0, 0, d, n),
        new Row("HongKongMacaoTaiwan", 0, h, 0, h, n),
        new Row("Foreign", 0, 0, f, f, n),
    ];

    private async Task<Dictionary<string, string>> NamesAsync(FundsGroupBy groupBy, List<string> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        return groupBy switch
        {
            FundsGroupBy.Project => await db.TrackedProjects.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id.ToString(), p => p.ProjectName, ct),
            FundsGroupBy.Unit => await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id.ToString(), u => u.Name, ct),
            FundsGroupBy.IndustryChain => await db.IndustryChains.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id.ToString(), c => c.Name, ct),
            FundsGroupBy.Association => await db.Associations.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id.ToString(), a => a.Name, ct),
            FundsGroupBy.SourceClass => new Dictionary<string, string> { ["DomesticOutsideProvince"] = "省外境内", ["HongKongMacaoTaiwan"] = "港澳台", ["Foreign"] = "外国" },
            _ => [],
        };
    }
}
