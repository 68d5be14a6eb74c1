using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Evaluations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo's association evaluations (issue 15 items 2 and 3): last year's (China time) under the Changde template, opened on its
/// 1 December, snapshotted from the demo data present, every manual score entered with a note marked 【演示数据】, approved and
/// published (revision 1), so the public 榜单, the cockpit and the association portal show something. When this year's period has
/// closed too (December), this year's evaluation is opened and left to the reviewers (not approved). Only when no evaluation exists
/// yet; other areas' data is read as it is.
/// </summary>
public sealed class DemoEvaluations(ApplicationDbContext db, IWorkingCalendar calendar, EvaluationOptions options, TimeProvider clock)
{
    public const string DemoNote = "【演示数据】评审组综合评议";

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var year = today.Year - 1;
        if (year < 2001 || await db.AssociationEvaluations.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        if (!await db.EvaluationSchemes.AnyAsync(s => s.Year == year, ct))
        {
            db.EvaluationSchemes.Add(EvaluationScheme.Create(year, EvaluationTemplates.ChangdeScheme, null, now));
            await db.SaveChangesAsync(ct);
        }

        var opened = ChinaTime.At(new DateOnly(year, 12, 1), new TimeOnly(0, 30));
        var evaluation = await OpenAsync(year, opened, ct);
        var scheme = evaluation.Scheme;
        var entries = await db.EvaluationEntries.AsNoTracking().Where(e => e.EvaluationId == evaluation.Id).OrderBy(e => e.AssociationName).ToListAsync(ct);
        var scoredAt = opened.AddDays(7).AddHours(9);
        var manual = scheme.Indicators.Where(i => i.Kind == IndicatorKind.Manual).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            for (var k = 0; k < manual.Count; k++)
            {
                // 60 % .. 95 % of the maximum, in half points, varied by association and indicator.
                var share = 0.6m + (0.05m * ((i * 3 + k * 5) % 8));
                var score = decimal.Round(manual[k].MaxScore * share * 2, MidpointRounding.AwayFromZero) / 2;
                db.EvaluationManualScores.Add(EvaluationManualScore.Enter(evaluation.Id, entries[i].AssociationId, manual[k], Math.Min(score, manual[k].MaxScore),
                    DemoNote, "【演示数据】年度工作总结材料", null, null, "reviewer", scoredAt));
            }
        }

        await db.SaveChangesAsync(ct);
        var tracked = await db.AssociationEvaluations.SingleAsync(e => e.Id == evaluation.Id, ct);
        var state = await EvaluationResults.LoadAsync(db, tracked, ct);
        var revision = tracked.Approve(state.MissingManualScores, options.PublishTopN, EvaluationResults.ToRevisionRows(state), null, null, "leader",
            scoredAt.AddDays(10));
        db.EvaluationRevisions.Add(revision);
        await db.SaveChangesAsync(ct);

        if (today > AssociationEvaluation.PeriodOf(today.Year).End)
        {
            await OpenAsync(today.Year, now, ct);
        }
    }

    private async Task<AssociationEvaluation> OpenAsync(int year, DateTimeOffset at, CancellationToken ct)
    {
        var scheme = await EvaluationResults.SchemeForAsync(db, year, null, at, ct);
        var deadline = await calendar.AddWorkingDaysAsync(ChinaTime.DateOf(at), options.ScoringWorkingDays, ct);
        var evaluation = AssociationEvaluation.Open(year, scheme.Definition, deadline, null, at);
        db.AssociationEvaluations.Add(evaluation);
        var associations = await EvaluationMetrics.ActiveAssociationsAsync(db, ct);
        var values = await EvaluationMetrics.ComputeAsync(db, [.. associations.Select(a => a.Id)], evaluation.PeriodStart, evaluation.PeriodEnd, ct);
        db.EvaluationEntries.AddRange(associations.Select(a => EvaluationEntry.Snapshot(evaluation.Id, a.Id, a.Name, values[a.Id])));
        await db.SaveChangesAsync(ct);
        return evaluation;
    }
}
