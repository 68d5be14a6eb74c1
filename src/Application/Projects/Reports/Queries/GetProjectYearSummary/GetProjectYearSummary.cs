using InvestPromo.Application.Common.Security;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Queries.GetProjectYearSummary;

/// <summary>Verified funds in place of a period by source class, yuan; <see cref="Overseas"/> (境外) is 港澳台 + 外国.</summary>
public sealed record FundsBySourceDto(decimal DomesticOutsideProvince, decimal HongKongMacaoTaiwan, decimal Foreign, decimal Overseas, decimal Total);

/// <summary>
/// A year's figures as seed 004 counts them, for a unit (or the city when <see cref="UnitId"/> is null): industrial projects
/// whose confirmed 签约 / 开工 / 竣工 date falls in the year (of the signed, those with an agreement amount ≥ 10亿 and ≥ 50亿,
/// boundary included), the year's verified fixed-asset investment of 规模工业 projects and the year's verified funds in place by
/// source class. Projects whose approval ended count nowhere; stopped ones keep what was confirmed.
/// </summary>
#pragma warning disable CA1720 // "signed" is the wire's name: 签约 projects, not a sign.
public sealed record ProjectYearSummaryDto(
    int Year,
    Guid? UnitId,
    int Signed,
    int SignedAtLeast1Billion,
    int SignedAtLeast5Billion,
    int Started,
    int Completed,
    decimal AboveDesignatedSizeInvestment,
    FundsBySourceDto Funds);
#pragma warning restore CA1720

/// <summary>The year summary. A filer reads its own unit's (no unit given means its own; another unit's is a 404).</summary>
public sealed record GetProjectYearSummaryQuery(int Year, Guid? UnitId) : IQuery<ProjectYearSummaryDto>;

public sealed class GetProjectYearSummaryValidator : AbstractValidator<GetProjectYearSummaryQuery>
{
    public GetProjectYearSummaryValidator() => RuleFor(x => x.Year).InclusiveBetween(MonthlyReport.MinYear, MonthlyReport.MaxYear);
}

public sealed class GetProjectYearSummaryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetProjectYearSummaryQuery, ProjectYearSummaryDto>
{
    /// <summary>10亿 and 50亿 in fen.</summary>
    public const long OneBillionFen = 1_000_000_000L * 100;

    public const long FiveBillionFen = 5_000_000_000L * 100;

    public async ValueTask<ProjectYearSummaryDto> Handle(GetProjectYearSummaryQuery query, CancellationToken cancellationToken)
    {
        var unitId = query.UnitId;
        if (user.IsInRole(Roles.Filer))
        {
            var own = user.UnitId ?? Guid.Empty;
            if (unitId is { } asked && asked != own)
            {
                throw new NotFoundException("CarrierUnit", asked);
            }

            unitId = own;
        }

        var from = new DateOnly(query.Year, 1, 1);
        var to = new DateOnly(query.Year, 12, 31);
        var projects = db.TrackedProjects.AsNoTracking().Where(p => p.Status != TrackedProjectStatus.ApprovalEnded && p.Category == ProjectCategory.Industrial);
        if (unitId is { } unit)
        {
            projects = projects.Where(p => p.UnitId == unit);
        }

        var counts = await projects
            .Where(p => (p.SignedOn >= from && p.SignedOn <= to) || (p.StartedOn >= from && p.StartedOn <= to) || (p.CompletedOn >= from && p.CompletedOn <= to))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Signed = g.Count(p => p.SignedOn >= from && p.SignedOn <= to),
                Signed1 = g.Count(p => p.SignedOn >= from && p.SignedOn <= to && p.AgreementFen >= OneBillionFen),
                Signed5 = g.Count(p => p.SignedOn >= from && p.SignedOn <= to && p.AgreementFen >= FiveBillionFen),
                Started = g.Count(p => p.StartedOn >= from && p.StartedOn <= to),
                Completed = g.Count(p => p.CompletedOn >= from && p.CompletedOn <= to),
            })
            .FirstOrDefaultAsync(cancellationToken);

        var reports = db.MonthlyReports.AsNoTracking().Where(r => r.Status == MonthlyReportStatus.Verified && r.Year == query.Year);
        if (unitId is { } u)
        {
            reports = reports.Where(r => r.UnitId == u);
        }

        var funds = await reports
            .Where(r => r.Kind == MonthlyReportKind.FundsInPlace
                && db.TrackedProjects.Any(p => p.Id == r.ProjectId && p.Status != TrackedProjectStatus.ApprovalEnded))
            .GroupBy(_ => 1)
            .Select(g => new { Domestic = g.Sum(r => r.DomesticOutsideProvinceFen), Hkmt = g.Sum(r => r.HongKongMacaoTaiwanFen), Foreign = g.Sum(r => r.ForeignFen) })
            .FirstOrDefaultAsync(cancellationToken);
        var investmentFen = await reports
            .Where(r => r.Kind == MonthlyReportKind.FixedAssetInvestment
                && db.TrackedProjects.Any(p => p.Id == r.ProjectId && p.IsAboveDesignatedSize && p.Status != TrackedProjectStatus.ApprovalEnded))
            .SumAsync(r => (long?)r.AmountFen, cancellationToken) ?? 0;

        return new ProjectYearSummaryDto(
            query.Year,
            unitId,
            counts?.Signed ?? 0,
            counts?.Signed1 ?? 0,
            counts?.Signed5 ?? 0,
            counts?.Started ?? 0,
            counts?.Completed ?? 0,
            investmentFen / 100m,
            FundsTotals.BySource(funds?.Domestic ?? 0, funds?.Hkmt ?? 0, funds?.Foreign ?? 0));
    }
}
