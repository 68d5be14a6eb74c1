using InvestPromo.Application.Users;

namespace InvestPromo.Application.Audit;

/// <summary>
/// The entity types the audit trail records (the CLR type names the auditing interceptor writes) and how each one's display
/// name is read: set-based, one query per type present on a page, deleted objects included (their name stays readable).
/// An audited type missing here is caught by <c>tests/Infrastructure.Tests/AuditedEntitiesTests.cs</c>.
/// </summary>
public static class AuditedEntities
{
    public const string User = "ApplicationUser";

    private delegate Task<Dictionary<Guid, string>> NamesQuery(IApplicationDbContext db, IUserAccounts users, List<Guid> ids, CancellationToken ct);

    private static readonly Dictionary<string, NamesQuery> Queries = new(StringComparer.Ordinal)
    {
        ["Filing"] = (db, _, ids, ct) => db.Filings.IgnoreQueryFilters().Where(x => ids.Contains(x.Id) && x.ProjectName != null)
            .ToDictionaryAsync(x => x.Id, x => x.ProjectName!, ct),
        ["TrackedProject"] = (db, _, ids, ct) => db.TrackedProjects.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.ProjectName, ct),
        ["ProjectMilestone"] = async (db, _, ids, ct) => (await db.ProjectMilestones.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Kind, Project = db.TrackedProjects.IgnoreQueryFilters().Where(p => p.Id == x.ProjectId).Select(p => p.ProjectName).FirstOrDefault() })
            .ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.Project}（{Projects.Milestones.ProjectMilestones.KindZh(x.Kind)}）"),
        ["ProjectEvidence"] = (db, _, ids, ct) => db.ProjectEvidence.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.FileName, ct),
        ["MonthlyReport"] = async (db, _, ids, ct) => (await db.MonthlyReports.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Kind, x.Year, x.Month, x.Revision }).ToListAsync(ct))
            .ToDictionary(x => x.Id, x => $"{(x.Kind == Domain.Projects.MonthlyReportKind.FundsInPlace ? "实际到位资金" : "固定资产投资")} {x.Year}-{x.Month:00} r{x.Revision}"),
        ["ProjectRevisit"] = (db, _, ids, ct) => db.ProjectRevisits.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.MetWith, ct),
        ["ProjectProblem"] = (db, _, ids, ct) => db.ProjectProblems.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Department, ct),
        ["FilingAttachment"] = (db, _, ids, ct) => db.FilingAttachments.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.FileName, ct),
        ["CarrierUnit"] = (db, _, ids, ct) => db.Units.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        [User] = async (_, users, ids, ct) => new Dictionary<Guid, string>(await users.DisplayNamesAsync(ids, ct)),
        ["ApiKey"] = (db, _, ids, ct) => db.ApiKeys.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        ["Association"] = (db, _, ids, ct) => db.Associations.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        ["AssociationOffice"] = (db, _, ids, ct) => db.AssociationOffices.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        ["AssociationMember"] = (db, _, ids, ct) => db.AssociationMembers.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.CompanyName, ct),
        ["AssociationRating"] = async (db, _, ids, ct) => (await db.AssociationRatings.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Year, x.Level, Name = db.Associations.IgnoreQueryFilters().Where(a => a.Id == x.AssociationId).Select(a => a.Name).FirstOrDefault() })
            .ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.Name}（{x.Year} {x.Level}）"),
        ["Ambassador"] = async (db, _, ids, ct) => (await db.Ambassadors.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Year, x.Name }).ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.Name}（{x.Year}）"),
        ["NotableNative"] = (db, _, ids, ct) => db.NotableNatives.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        ["ProjectCredit"] = (db, _, ids, ct) => db.ProjectCredits.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Join(db.Filings.IgnoreQueryFilters(), c => c.FilingId, f => f.Id, (c, f) => new { c.Id, f.ProjectName })
            .ToDictionaryAsync(x => x.Id, x => x.ProjectName ?? "—", ct),
        ["UnitTarget"] = async (db, _, ids, ct) => (await db.UnitTargets.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Year, Name = db.Units.IgnoreQueryFilters().Where(u => u.Id == x.UnitId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.Name}（{x.Year}）"),
        ["EvaluationScheme"] = (db, _, ids, ct) => db.EvaluationSchemes.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => $"{x.Year} {x.Name}", ct),
        ["AssociationEvaluation"] = (db, _, ids, ct) => db.AssociationEvaluations.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => $"{x.Year} 年度商会量化评价", ct),
        ["EvaluationManualScore"] = async (db, _, ids, ct) => (await db.EvaluationManualScores.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.IndicatorCode, Name = db.Associations.IgnoreQueryFilters().Where(a => a.Id == x.AssociationId).Select(a => a.Name).FirstOrDefault() })
            .ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.Name}（{x.IndicatorCode}）"),
        ["RewardPolicy"] = (db, _, ids, ct) => db.RewardPolicies.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        ["RewardCalculation"] = async (db, _, ids, ct) => (await db.RewardCalculations.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Year, x.Revision }).ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.Year}（{x.Revision}）"),
        ["RewardImpactConfirmation"] = async (db, _, ids, ct) => (await db.RewardImpactConfirmations.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Join(db.TrackedProjects.IgnoreQueryFilters(), c => c.ProjectId, p => p.Id, (c, p) => new { c.Id, c.Year, p.ProjectName }).ToListAsync(ct))
            .ToDictionary(x => x.Id, x => $"{x.ProjectName}（{x.Year}）"),
        ["CreditEvidence"] = (db, _, ids, ct) => db.CreditEvidence.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.FileName, ct),
        ["PurchasedServiceYear"] = async (db, _, ids, ct) => (await db.PurchasedServiceYears.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Year, x.Contractor }).ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.Year} {x.Contractor}"),
        ["PurchasedServicePayment"] = async (db, _, ids, ct) => (await db.PurchasedServicePayments.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.PaidOn, x.Amount }).ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.PaidOn:yyyy-MM-dd} {x.Amount:0.##}"),
        ["ServiceSubsidy"] = async (db, _, ids, ct) => (await db.ServiceSubsidies.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.PaidOn, x.Amount }).ToListAsync(ct)).ToDictionary(x => x.Id, x => $"{x.PaidOn:yyyy-MM-dd} {x.Amount:0.##}"),
        ["Lead"] = (db, _, ids, ct) => db.Leads.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.CompanyName, ct),
        ["LeadOpinionRequest"] = (db, _, ids, ct) => db.LeadOpinionRequests.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Join(db.Leads.IgnoreQueryFilters(), r => r.LeadId, l => l.Id, (r, l) => new { r.Id, l.CompanyName })
            .ToDictionaryAsync(x => x.Id, x => x.CompanyName + "（征求意见）", ct),
        ["PromotionEvent"] = (db, _, ids, ct) => db.PromotionEvents.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Title, ct),
        ["PromotionEventFile"] = (db, _, ids, ct) => db.PromotionEventFiles.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.FileName, ct),
        ["PublicityItem"] = (db, _, ids, ct) => db.PublicityItems.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Title, ct),
        ["IndustryChain"] = (db, _, ids, ct) => db.IndustryChains.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        ["SourceRegion"] = (db, _, ids, ct) => db.SourceRegions.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        ["CalendarYear"] = async (db, _, ids, ct) => (await db.CalendarYears.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Year }).ToListAsync(ct)).ToDictionary(x => x.Id, x => x.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ["Publication"] = async (db, _, ids, ct) => (await db.Publications.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Year, x.Number }).ToListAsync(ct))
            .ToDictionary(x => x.Id, x => new Localized($"{x.Year} 年第 {x.Number} 期", $"{x.Year} No. {x.Number}").Current),
        ["Objection"] = (db, _, ids, ct) => db.Objections.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.ProjectName, ct),
        ["WebhookSubscription"] = (db, _, ids, ct) => db.WebhookSubscriptions.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.Description ?? x.Url, ct),
        ["WebhookDelivery"] = (db, _, ids, ct) => db.WebhookDeliveries.Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.EventType, ct),
        ["DuplicateDismissal"] = async (db, _, ids, ct) => (await db.DuplicateDismissals.IgnoreQueryFilters().Where(x => ids.Contains(x.Id))
            .Select(x => new
            {
                x.Id,
                A = db.Filings.IgnoreQueryFilters().Where(f => f.Id == x.FilingId).Select(f => f.ProjectName).FirstOrDefault(),
                B = db.Filings.IgnoreQueryFilters().Where(f => f.Id == x.OtherFilingId).Select(f => f.ProjectName).FirstOrDefault(),
            }).ToListAsync(ct))
            .Where(x => x.A is not null || x.B is not null)
            .ToDictionary(x => x.Id, x => $"{x.A ?? "—"} ↔ {x.B ?? "—"}"),
    };

    /// <summary>Every audited entity type, in a stable order (the audit page's type select).</summary>
    public static IReadOnlyList<string> Types { get; } = [.. Queries.Keys];

    /// <summary>
    /// The display names of these audited objects, by (type, id): one query per type present; an unknown type, a key that is
    /// not a Guid or an object that no longer exists is left out (the caller shows its id).
    /// </summary>
    public static async Task<Dictionary<(string Type, string Id), string>> NamesAsync(
        IApplicationDbContext db, IUserAccounts users, IEnumerable<(string Type, string Id)> objects, CancellationToken ct)
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var group in objects.GroupBy(o => o.Type, StringComparer.Ordinal))
        {
            if (!Queries.TryGetValue(group.Key, out var query))
            {
                continue;
            }

            var ids = group.Select(o => Guid.TryParse(o.Id, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            foreach (var (id, name) in await query(db, users, ids, ct))
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    names[(group.Key, id.ToString())] = name;
                }
            }
        }

        return names;
    }
}
