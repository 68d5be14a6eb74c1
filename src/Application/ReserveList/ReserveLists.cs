using InvestPromo.Application.Analysis;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReserveList;

/// <summary>One project on the reserve list. No contact people or phones: the list is for planning trips, not for calling.</summary>
public sealed record ReserveProjectDto(
    Guid Id,
    string? ProjectName,
    string? InvestorName,
    bool ForeignInvestor,
    Guid? IndustryChainId,
    string? IndustryChainName,
    ProjectStage? Stage,
    decimal? PlannedTotalInvestment,
    decimal? PlannedFixedAssetInvestment,
    Guid UnitId,
    string? UnitName,
    DateOnly? ApprovedOn,
    bool UnderReReview);

/// <summary>The projects of one source region (a province, or a country for foreign capital), largest first.</summary>
public sealed record ReserveRegionDto(
    string Code,
    string Label,
    string LabelZh,
    string LabelEn,
    SourceRegionKind? Kind,
    int Count,
    decimal PlannedTotalInvestment,
    IReadOnlyList<ReserveProjectDto> Projects);

/// <summary>The rule in force, so the screen can say why a project is listed.</summary>
public sealed record ReserveListRuleDto(ProjectStage MinStage, decimal MinAmountSignedYuan, decimal MinAmountAnyStageYuan);

public sealed record ReserveListDto(ReserveListRuleDto Rule, int Count, decimal PlannedTotalInvestment, IReadOnlyList<ReserveRegionDto> Regions);

public static class ReserveLists
{
    public static async Task<ReserveListDto> LoadAsync(IApplicationDbContext db, ReserveListRule rule, CancellationToken ct)
    {
        var stages = rule.MatureStages.Select(s => (ProjectStage?)s).ToList();
        var minSigned = rule.MinFenSigned;
        var minAny = rule.MinFenAnyStage;
        var bands = rule.CandidateBands.Select(b => (ScaleBand?)b).ToList();
        var rows = await db.Filings.AsNoTracking()
            // Implied by the amounts below, but indexed: at 1,000,000 filings the list read 3% of the rows instead of all (build/bench).
            .Where(f => bands.Contains(f.ScaleBand))
            .Where(f => (f.Status == FilingStatus.Approved || f.Status == FilingStatus.UnderReReview)
                && ((stages.Contains(f.Stage) && f.PlannedTotalFen >= minSigned) || f.PlannedTotalFen >= minAny))
            .OrderByDescending(f => f.PlannedTotalFen).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Id, f.ProjectName, f.InvestorName, f.ForeignInvestor, f.IndustryChainId, f.Stage, f.PlannedTotalInvestment,
                f.PlannedFixedAssetInvestment, f.PlannedTotalFen, f.UnitId, f.ApprovedOn, f.SourceRegionCode,
                UnderReReview = f.Status == FilingStatus.UnderReReview,
            })
            .ToListAsync(ct);

        var english = Localized.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var chains = await db.IndustryChains.AsNoTracking().IgnoreQueryFilters()
            .ToDictionaryAsync(c => c.Id, c => english ? c.NameEn ?? c.Name : c.Name, ct);
        var units = await db.Units.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var regions = await db.SourceRegions.AsNoTracking().ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);

        var groups = rows.GroupBy(r => r.SourceRegionCode ?? "none", StringComparer.Ordinal)
            .Select(g =>
            {
                var region = regions.GetValueOrDefault(g.Key);
                var label = region is null ? new Localized("未填写", "Not given") : new Localized(region.Name, region.NameEn);
                var projects = g.Select(r => new ReserveProjectDto(
                    r.Id, r.ProjectName, r.InvestorName, r.ForeignInvestor, r.IndustryChainId,
                    r.IndustryChainId is { } chain ? chains.GetValueOrDefault(chain) : null, r.Stage, r.PlannedTotalInvestment,
                    r.PlannedFixedAssetInvestment, r.UnitId, units.GetValueOrDefault(r.UnitId), r.ApprovedOn, r.UnderReReview)).ToList();
                return new ReserveRegionDto(
                    g.Key, label.Current, label.Zh, label.En, region?.Kind, projects.Count,
                    FilingAnalysis.Yuan(g.Sum(r => r.PlannedTotalFen ?? 0)), projects);
            })
            .OrderByDescending(r => r.PlannedTotalInvestment).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

        return new ReserveListDto(
            new ReserveListRuleDto(rule.MinStage, rule.MinAmountSignedYuan, rule.MinAmountAnyStageYuan),
            rows.Count, FilingAnalysis.Yuan(rows.Sum(r => r.PlannedTotalFen ?? 0)), groups);
    }
}
