using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Associations.Queries.GetAssociationPortal;

/// <summary>
/// A project credited to the association (its confirmed credit): the project, its unit, where the tracked project stands and
/// the sum of its verified funds in place (yuan, summed in fen in SQL).
/// </summary>
public sealed record CreditedProjectDto(
    Guid FilingId,
    string ProjectName,
    string? UnitName,
    ProjectStage? Stage,
    TrackedProjectStatus? ProjectStatus,
    DateTimeOffset? ConfirmedAt,
    decimal? PlannedTotalInvestment,
    decimal VerifiedFundsInPlace);

/// <summary>The association portal's home: its own profile (no other association's data) and a page of its credited projects.</summary>
public sealed record AssociationPortalDto(AssociationDetailDto Profile, PagedList<CreditedProjectDto> CreditedProjects);

/// <summary>The caller's own association (a user without one → 404) and a page of its confirmed credits, newest first.</summary>
public sealed record GetAssociationPortalQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<AssociationPortalDto>, IPagedQuery;

public sealed class GetAssociationPortalValidator : AbstractValidator<GetAssociationPortalQuery>
{
    public GetAssociationPortalValidator() => this.AddPagingRules();
}

public sealed class GetAssociationPortalHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetAssociationPortalQuery, AssociationPortalDto>
{
    public async ValueTask<AssociationPortalDto> Handle(GetAssociationPortalQuery query, CancellationToken cancellationToken)
    {
        var id = user.AssociationId ?? throw new NotFoundException("Association", "own");
        var profile = await AssociationRegistry.DetailAsync(db, user, id, cancellationToken);

        // One page query: the credits (index AssociationId, Status), their filings, and per row the unit's name, the tracked
        // project's stage and the verified funds summed in fen (index ProjectId, Kind, …) — evaluated only for the page's rows.
        var credited = db.ProjectCredits.AsNoTracking()
            .Where(c => c.AssociationId == id && c.Status == CreditStatus.Confirmed)
            .Join(db.Filings.AsNoTracking(), c => c.FilingId, f => f.Id, (c, f) => new { Credit = c, Filing = f })
            .OrderByDescending(x => x.Credit.DecidedAt).ThenByDescending(x => x.Credit.Id)
            .Select(x => new Row
            {
                FilingId = x.Filing.Id,
                ProjectName = x.Filing.ProjectName,
                UnitName = db.Units.Where(u => u.Id == x.Filing.UnitId).Select(u => u.Name).FirstOrDefault(),
                TrackedStage = db.TrackedProjects.Where(p => p.Id == x.Filing.Id).Select(p => p.Stage).FirstOrDefault(),
                FiledStage = x.Filing.Stage,
                ProjectStatus = db.TrackedProjects.Where(p => p.Id == x.Filing.Id).Select(p => (TrackedProjectStatus?)p.Status).FirstOrDefault(),
                ConfirmedAt = x.Credit.DecidedAt,
                PlannedTotalInvestment = x.Filing.PlannedTotalInvestment,
                FundsFen = db.MonthlyReports
                    .Where(r => r.ProjectId == x.Filing.Id && r.Kind == MonthlyReportKind.FundsInPlace && r.Status == MonthlyReportStatus.Verified)
                    .Sum(r => (long?)r.AmountFen),
            });
        var page = await credited.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var items = page.Items.Select(r => new CreditedProjectDto(
            r.FilingId, r.ProjectName ?? string.Empty, r.UnitName, r.TrackedStage ?? r.FiledStage, r.ProjectStatus, r.ConfirmedAt,
            r.PlannedTotalInvestment, (r.FundsFen ?? 0) / 100m)).ToList();
        return new AssociationPortalDto(profile, new PagedList<CreditedProjectDto>(items, page.Page, page.PageSize, page.TotalCount));
    }

    private sealed class Row
    {
        public Guid FilingId { get; init; }

        public string? ProjectName { get; init; }

        public string? UnitName { get; init; }

        public ProjectStage? TrackedStage { get; init; }

        public ProjectStage? FiledStage { get; init; }

        public TrackedProjectStatus? ProjectStatus { get; init; }

        public DateTimeOffset? ConfirmedAt { get; init; }

        public decimal? PlannedTotalInvestment { get; init; }

        public long? FundsFen { get; init; }
    }
}
